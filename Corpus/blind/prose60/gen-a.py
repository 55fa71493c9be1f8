#!/usr/bin/env python3
# Blind evaluation mail set: pharmacy setting (community/compounding, LTC, mail-order specialty).
# Standard library only, deterministic. Usage: python3 gen.py OUTDIR
import sys, os, io, csv, zipfile, random, datetime, hashlib
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

random.seed(6001)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]


def dt(y, mo, d, h, mi, s=0, off=-5):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def zbytes(files):
    """files: list of (name, str|bytes). Deterministic zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def col(c):
        return chr(65 + c)
    out = []
    for i, r in enumerate(rows):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(j), i + 1, escape(str(v)))
                        for j, v in enumerate(r))
        out.append('<row r="%d">%s</row>' % (i + 1, cells))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheetxml = hdr + ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
    files = [
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheetxml),
    ]
    return zbytes(files)


def csvtext(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def add(label, kind, patient, frm, to, subj, date, body, html=None, atts=(), cc=None,
        cte=None, headers=None, reply_to=None):
    SEQ[0] += 1
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    h = hashlib.sha1(('%d|%s|%s' % (SEQ[0], subj, date)).encode('utf-8')).hexdigest()
    msg['Message-ID'] = '<%s.%s@%s>' % (h[:16], h[16:24], dom)
    for k, v in (headers or []):
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        name, data, mtype = a[0], a[1], a[2]
        maintype, subtype = mtype.split('/')
        if isinstance(data, str):
            if maintype == 'text':
                msg.add_attachment(data, subtype=subtype, filename=name)
            else:
                msg.add_attachment(data.encode('utf-8'), maintype=maintype, subtype=subtype, filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (SEQ[0], j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


DISC_LARK = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use
of the intended recipient(s) and may contain confidential and privileged information.
Any unauthorized review, use, disclosure or distribution is prohibited. If you are not
the intended recipient, please contact the sender by reply e-mail and destroy all copies."""

DISC_MER = """
-- 
This message may contain protected health information. If you received it in error
please notify Meridian LTC Pharmacy Services at 1-800-555-0187 and delete it."""

DISC_COB = """
________________________________
Cobalt Specialty Pharmacy | URAC & ACHC accredited | cobaltspecialtyrx.com
The information in this message is confidential. If you are not the addressee,
do not read, copy or forward it."""

# ---------------------------------------------------------------------------
# PHI: care
# ---------------------------------------------------------------------------

add('phi', 'care', 'Pettigrew',
    'Nadia Forsberg, PharmD <nforsberg@meridianltc.com>',
    'Harbor View 2 West Nurses <2westnurses@harborviewnr.org>',
    'warfarin change - Pettigrew 214B',
    dt(2025, 3, 4, 16, 42),
    """Hi 2 West,

INR came back 3.8 this afternoon for Dolores Pettigrew (214B). Per Dr. Anand's
verbal order just now:

 - HOLD tonight's warfarin
 - tomorrow resume at 2.5 mg daily (was 3 mg) - new strip goes out on the
   7pm run, please pull the old 3 mg cards and send back with the driver
 - recheck INR Friday 3/7 AM draw

She also just finished the cipro for her UTI on Sunday which is probably why
she bumped. Please let me know if she has any bruising or dark stools.

Thanks,
Nadia

Nadia Forsberg, PharmD, BCGP
Clinical Pharmacist | Meridian LTC Pharmacy Services
p 555-0119 x204  f 555-0120
""" + DISC_MER)

add('phi', 'care', 'Fitch',
    'Larkspur Compounding <compounding@larkspurrx.com>',
    'Front Desk <frontdesk@bellwetherwomenshealth.com>',
    'Arlene Fitch - progesterone cream, question for Dr Sorensen',
    dt(2025, 2, 19, 10, 5),
    """Good morning,

Can you pass this to Dr. Sorensen or her nurse. Arlene Fitch called us yesterday
when she came in to pick up her refill of the progesterone 100 mg/g cream. She said
she's been having some spotting the last 2 weeks and was told at her last visit
she'd need an endometrial biopsy, which is booked for the 27th.

She asked us whether she should keep using the cream until then. We told her we'd
check with the office rather than guess. We are holding the refill (ready in the
fridge) until we hear back.

Also FYI her estradiol/estriol (Biest 80:20) 2.5 mg/g was last filled 1/22, 30 g.

Thank you!
Marcy Delacroix, CPhT
Compounding Lab Lead - Larkspur Apothecary & Compounding
412 Main St, Ashford | 555-0133
""" + DISC_LARK)

add('phi', 'care', 'Brennan',
    'Jolene Park <jpark@cobaltspecialtyrx.com>',
    'rheum nurse line <nurses@summitrheum.com>',
    'FW: MTM call note - Thomas Brennan (etanercept)',
    dt(2025, 3, 11, 14, 18),
    """Hi team, forwarding the note from my call with Mr. Brennan this morning, he asked
that I let you know.

-----Original Message-----
From: Jolene Park
Sent: Tuesday, March 11, 2025 11:02 AM
To: Clinical Notes
Subject: MTM call note - Thomas Brennan (etanercept)

Pt: Thomas Brennan
Therapy: Enbrel 50 mg SureClick weekly (started 1/28)

Spoke w/ pt ~20 min. Reports red, itchy welts at injection site lasting 3-4
days after each dose, worst on the thigh. Reviewed technique - he was not
letting the pen warm up, injecting straight out of fridge. Counseled to let
sit 30 min, rotate sites, cool compress after. Missed the 3/4 dose because
he was "sick with a cold" - counseled that's correct to hold with fever, but
call rheum first next time.

Joint pain "maybe 40% better". Still taking MTX 15 mg weekly + folic acid.
Asked about his TB test - says he had the blood test in January, results
not on file with us. Will request from office.

Next shipment scheduled 3/17, ice packs, signature required.

Jolene Park, PharmD
Clinical Pharmacist, Inflammation Team
Cobalt Specialty Pharmacy  |  direct 555-0166
""" + DISC_COB)

add('phi', 'care', 'Halvorsen',
    'dispatch@meridianltc.com',
    'Ray Ostrowski <rostrowski@meridianltc.com>',
    'driver note rt 3 - halvorsen',
    dt(2025, 2, 24, 13, 37),
    """ray - driver (Dev) called in from route 3. dropped the pens at Mr Halvorsen's
(the assisted living apartments on quarry rd, not the nursing side). he told dev
he hasn't had insulin since sunday bc he was in the hospital fri-sun for his
heart and the staff "lost" his pens. his sugar was 340 this am per the aide.

dev left the lantus + humalog pens w/ the med aide, signed by T. Ruiz.
can a pharmacist call the facility and make sure someone has the new
discharge orders? we don't have anything new on file.

-dispatch (Kelli)
""")

add('phi', 'care', 'Kuchar',
    'Angela Whitcomb RN <awhitcomb@cedarridgemanor.net>',
    'orders@meridianltc.com',
    'Readmit - Walter Kuchar rm 118 new orders',
    dt(2025, 3, 2, 19, 51),
    """Hello pharmacy,

Walter Kuchar came back to us this afternoon from St. Brigid's after his left
hip repair (fell on the unit 2/25). Faxed the discharge med list but our fax has
been acting up so sending here too.

NEW:
enoxaparin 40 mg subQ daily x 14 days (last dose 3/15)
oxycodone 5 mg po q6h prn pain - hard script faxed from Dr. Lindqvist
senna-docusate 8.6/50 2 tabs qhs
acetaminophen 1000 mg po TID scheduled

STOP: meloxicam 7.5 mg, and they stopped his tamsulosin, not sure why - can the
pharmacist look at that?

He starts PT tomorrow morning so we would really like the oxy before 8am if
at all possible.

Thank you
Angela Whitcomb, RN
Charge Nurse, East Hall
Cedar Ridge Manor  555-0152 x2
""")

add('phi', 'care', 'Lomax',
    'Eastgate Family Medicine - Referrals <referrals@eastgatefm.com>',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'RE: PA - Jennifer Lomax',
    dt(2025, 2, 12, 9, 3),
    """Hi Shawn,

PA for semaglutide came back approved this morning, good through 2/11/2026. Her
A1c from the Jan labs was 8.9 (was 7.6 last summer) which is what got it through
along with the metformin trial. Dr. Kowalczyk wants to start 0.25 mg weekly x4
weeks then 0.5 mg. New Rx sent over eRx at 8:52.

Can you let Jennifer know? She's been calling us daily lol.

Thanks
Brianna
Eastgate Family Medicine | PA Coordinator

-----Original Message-----
From: Shawn Mireles <rx@larkspurrx.com>
Sent: Monday, February 10, 2025 3:40 PM
To: referrals@eastgatefm.com
Subject: PA - Jennifer Lomax

Hi, claim for Ozempic for Jennifer Lomax is still rejecting 75 - prior auth
required. Any update on the PA? She's been out for a week.

Shawn Mireles, RPh
Larkspur Apothecary
""")

add('phi', 'care', 'Duchesne',
    'Priyanka Nair <pnair@cobaltspecialtyrx.com>',
    'Stacy Kemper RN <skemper@nvoncology.org>',
    'capecitabine cycle 3 - R. Duchesne - holding shipment?',
    dt(2025, 3, 13, 11, 27),
    """Hi Stacy,

Calling about Raymond Duchesne, on capecitabine 1500 mg BID 14 days on / 7 off.
Cycle 3 ships Monday. During his refill call today he told me his palms and the
soles of his feet are red, peeling and sore enough that he has trouble walking
to the mailbox. He also had 5-6 loose stools yesterday.

His CBC from 3/10 you sent us showed ANC 1.3.

Do you want us to hold the cycle 3 shipment until Dr. Yoon sees him? If there's
a dose reduction we'd need a new Rx.

Thanks,
Priyanka Nair, PharmD, BCOP
Oncology Clinical Pharmacist, Cobalt Specialty Pharmacy
direct 555-0171
""" + DISC_COB,
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Stacy,</p>
<p>Calling about <b>Raymond Duchesne</b>, on capecitabine 1500&nbsp;mg BID 14 days on / 7 off.
Cycle 3 ships Monday. During his refill call today he told me his palms and the
soles of his feet are red, peeling and sore enough that he has trouble walking
to the mailbox. He also had 5-6 loose stools yesterday.</p>
<p>His CBC from 3/10 you sent us showed ANC 1.3.</p>
<p>Do you want us to <u>hold the cycle 3 shipment</u> until Dr. Yoon sees him? If there's
a dose reduction we'd need a new Rx.</p>
<p>Thanks,<br>Priyanka Nair, PharmD, BCOP<br>
<span style="color:#666">Oncology Clinical Pharmacist, Cobalt Specialty Pharmacy<br>direct 555-0171</span></p>
</body></html>""")

add('phi', 'care', 'Sanderson',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'dr.okeke.office@lakeshorepsych.com',
    'early refill request',
    dt(2025, 2, 27, 17, 2),
    """Dr. Okeke's office,

Beverly Sanderson is requesting an early fill on her alprazolam 0.5 mg #90 (TID).
Last filled 2/6 for 30 days so she is 9 days early. She says she went to the ER
Saturday for chest pain, they did a heart workup that was negative and told her
it was a panic attack, and she's been taking an extra tab most days since.

We have not filled it. Please advise if Dr. Okeke approves an early fill or
wants to change anything. She also said she has an appt with you on 3/12.

Thanks, Gary Lutz RPh
Larkspur Apothecary & Compounding  555-0133 / fax 555-0134
""")

# ---------------------------------------------------------------------------
# PHI: names
# ---------------------------------------------------------------------------

add('phi', 'names', 'Nguyễn',
    'Tran Minh <mtran@larkspurrx.com>',
    'Eastgate Refill Line <refills@eastgatefm.com>',
    'Nguyễn Thị Hương - refill auth needed',
    dt(2025, 3, 5, 8, 44),
    """need refill auth on her levothyroxine 75 mcg, 0 refills left. last filled 2/3.
she's down to 2 tabs. pls sign today if possible. thx

Minh Tran, CPhT
Larkspur Apothecary
""")

add('phi', 'names', 'Adeyemi',
    'Cobalt Transplant Team <transplant@cobaltspecialtyrx.com>',
    'Coordinator - Kidney Transplant <ktx.coord@stbrigidhealth.org>',
    'tac level',
    dt(2025, 3, 6, 15, 9),
    """ADEYEMI, OLUWASEUN

Trough from yesterday resulted 4.2 (goal 6-8 per your last note). Pt admits he
took the evening tacrolimus late twice this week, traveling for work. He's on
2 mg BID currently. Do you want to increase? We ship his next 30 days Tuesday
so would need the new sig by Monday noon.

Also he is asking whether he can switch the mycophenolate to the 500s to cut
down on pill count.

Tomasz Wróbel, PharmD
Transplant Clinical Pharmacist
""" + DISC_COB)

add('phi', 'names', "O'Sullivan-Reyes",
    'Keisha Branford <kbranford@meridianltc.com>',
    'DON Willowbrook <don@willowbrookcare.com>',
    "Mrs. O'Sullivan-Reyes's clozapine - ANC not received",
    dt(2025, 2, 18, 11, 56),
    """Hi Donna,

We still don't have a current ANC for Mrs. O'Sullivan-Reyes. Her last one in the
REMS system is from 1/29 and she's on every-2-weeks monitoring, so we can't
dispense the next clozapine supply without it. She has meds through Thursday
night.

Can someone make sure her blood draw happened Monday like it was scheduled and
send the result over? If the lab missed her we'll need a stat draw.

Keisha Branford, PharmD
Meridian LTC Pharmacy Services
""" + DISC_MER)

add('phi', 'names', 'Vern',
    'Tasha Greenlee LPN <tgreenlee@cedarridgemanor.net>',
    'Priya Chandrasekar <pchandrasekar@meridianltc.com>',
    're: donepezil',
    dt(2025, 3, 9, 7, 12),
    """Hi Priya, it's about Vern in 112 again. he has been spitting out his donepezil
most mornings this week, we find it in his napkin. he takes the tylenol ok in
applesauce. can we get the donepezil as the dissolving tab instead? Dr Marsh
said fine if pharmacy has it.

also his daughter was asking if he still needs the namenda since he's "not
really himself anymore" - I told her I'd ask you.

Tasha
""")

add('phi', 'names', 'van der Meulen',
    'Summit Rheumatology <rx@summitrheum.com>',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'Methotrexate - Mr van der Meulen',
    dt(2025, 2, 26, 13, 21),
    """To the pharmacist:

Please DISCONTINUE the oral methotrexate 20 mg weekly for Mr. Pieter van der
Meulen. His liver enzymes are up again (ALT 112) and Dr. Hassan is switching him
to leflunomide 20 mg daily, new prescription sent electronically today.

He has the 2.5 mg tabs at home - please counsel him to stop and bring the rest
in for disposal. His wife Anneke usually picks up.

Regards,
Celeste Ambrose, MA
Summit Rheumatology Associates
""")

add('phi', 'names', 'Al-Khatib',
    'Hannah Liu <hliu@cobaltspecialtyrx.com>',
    'Lakeshore GI - PA <pa@lakeshoregi.com>',
    'Epclusa start date, Abdulrahman Al-Khatib',
    dt(2025, 3, 3, 10, 40),
    """Hello,

Good news - ClearPath approved sofosbuvir/velpatasvir x 12 weeks for Abdulrahman
Al-Khatib. Copay after the manufacturer card is $5. Mr. Al-Khatib would like to
start on 3/10 after he gets back from Dearborn, so we're planning to ship 3/7 for
Saturday delivery.

Please confirm whether Dr. Feldman wants a baseline viral load drawn before he
starts (the last one we have is from November), and that he should stop the
omeprazole - we flagged the interaction at intake.

Best,
Hannah Liu, CPhT
Patient Access Specialist | Cobalt Specialty Pharmacy
""" + DISC_COB)

add('phi', 'names', 'Wiśniewska',
    'Gary Lutz <glutz@larkspurrx.com>',
    'compounding@larkspurrx.com',
    'diltiazem 2% oint for Halina',
    dt(2025, 3, 7, 12, 14),
    """Marcy,

Can you make up another 30 g of the diltiazem 2% ointment for Halina Wiśniewska
(the Polish lady, comes in with her grandson). Dr. Petrakis called it in, same as
before, for the fissure. She says it's helping but the bleeding hasn't completely
stopped so he wants her on it another 6 wks. She'll pick up tomorrow afternoon.

thx
G
""")

add('phi', 'names', 'Ramasubramanian',
    'Shawn Mireles <smireles@larkspurrx.com>',
    'Billing - Eastgate <billing@eastgatefm.com>',
    'Rejection 70 - Ramasubramanian, Venkatesh',
    dt(2025, 2, 14, 16, 30),
    """Hi,

Ramasubramanian, Venkatesh - the Eliquis 5 mg BID is now rejecting 70 (product
not covered) with his new plan as of 2/1. Plan lists warfarin and rivaroxaban as
preferred. He was started on Eliquis after his clot in December so I don't know
if you want to do an exception request or switch.

He has 4 days left. Let me know which way Dr. Kowalczyk wants to go.

Shawn
""")

# ---------------------------------------------------------------------------
# PHI: self
# ---------------------------------------------------------------------------

add('phi', 'self', 'Tillman',
    'Marjorie Tillman <margetillman52@comcast.net>',
    'compounding@larkspurrx.com',
    'my thyroid capsules',
    dt(2025, 2, 21, 20, 48),
    """Hello,

This is Marjorie Tillman, I get the compounded T4/T3 capsules from you every
month (the slow release ones). I saw Dr. Sorensen yesterday and my TSH was
too high again so she's going up on my dose, she said she'd send it to you.
Can you let me know when the new ones are ready? Also I still have about 10
of the old ones, should I finish them or start the new right away?

Thank you so much,
Marjorie

Sent from my iPad
""")

add('phi', 'self', 'Bergstrom',
    'Kara Bergstrom <kara.bergstrom@gmail.com>',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    "Eli's baclofen suspension",
    dt(2025, 3, 1, 9, 17),
    """Hi there! I'm writing about my son Eli Bergstrom (DOB 6/12/2016). He gets the
compounded baclofen 5 mg/mL through his g-tube. His neurologist increased it at
his appointment Thursday to 7.5 mg three times a day because his spasticity has
been worse since his growth spurt. We're going to run out early at the new dose.

Can you refill early, or does the office need to send something new? Also is
the grape flavor necessary since it goes in the tube?? It gums up the extension
set a bit.

Thanks!
Kara (Eli's mom)
555-0198
""")

add('phi', 'self', 'Benavides',
    'Lorena Benavides <lorenab78@yahoo.com>',
    'Customer Care <care@meridianltc.com>',
    'question about my mom',
    dt(2025, 3, 8, 18, 2),
    """Hi,

My mother Rosa Benavides is a resident at Willowbrook, 2nd floor. I'm her POA.
I got a bill from you for $187.40 for her "Vesicare" which I didn't think she
was on. She has always taken oxybutynin for her bladder. Did someone change it?
Nobody at Willowbrook told me. She also gets confused more easily and I read
that these meds can do that.

I'd like to know what she is taking now and who ordered it.

Lorena Benavides
(daughter)
cell 555-0124
""")

add('phi', 'self', 'Pruitt',
    'Dwayne Pruitt <dpruitt.hvac@outlook.com>',
    'Cobalt Specialty Pharmacy <care@cobaltspecialtyrx.com>',
    'Re: Your upcoming Stelara shipment',
    dt(2025, 3, 12, 6, 55),
    """yes go ahead and ship but quick question, I'm having my gallbladder out on the
24th at Mercy. do I still take the shot on the 20th or skip it? surgeon's office
didn't know. also I moved, new address is 2281 Lantern Hill Dr, Ridgeport.

Dwayne Pruitt

On Tue, Mar 11, 2025 at 4:00 PM Cobalt Specialty Pharmacy <care@cobaltspecialtyrx.com> wrote:
> Hello Dwayne,
>
> It's time to schedule your next shipment of STELARA 90 mg/mL. Reply YES to
> confirm delivery on Mon 03/17 to your address on file, or call us at
> 1-888-555-0140.
>
> Cobalt Specialty Pharmacy
""")

add('phi', 'self', 'Okonkwo-Hale',
    'Tamsin Okonkwo-Hale <tamsin.oh@icloud.com>',
    'Cobalt Specialty Pharmacy <care@cobaltspecialtyrx.com>',
    'URGENT - my Ocrevus infusion was denied??',
    dt(2025, 2, 28, 22, 31),
    """To whoever handles insurance,

My name is Tamsin Okonkwo-Hale, date of birth 02/29/1976. I have relapsing MS
and have been getting Ocrevus every 6 months for three years. My infusion is
scheduled for March 6 and the infusion center just called saying your pharmacy
told them the claim was rejected. I have not changed insurance. I called twice
and was on hold for 40 minutes each time.

I can't miss this - my last MRI in December showed a new lesion even ON the
drug and my neurologist is already talking about switching. Please call me
back at 555-0177 ANY time tomorrow.

Tamsin
""")

add('phi', 'self', 'Fenwick',
    'greg fenwick <gfenwick@aol.com>',
    'rx@larkspurrx.com',
    'auto refill',
    dt(2025, 3, 4, 12, 0),
    """this is greg fenwick. pls cancel my auto refill on the metformin, doc switched
me to jardiance last wk after my kidney numbers. thx
-greg
""")

add('phi', 'self', 'Márquez',
    'Lucía Márquez <lucia.marquez90@gmail.com>',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'Need to transfer + stop a med (pregnant)',
    dt(2025, 3, 10, 14, 26),
    """Hello, my name is Lucía Márquez, born 11/03/1990. I'm 9 weeks pregnant and my OB
told me today to stop my lisinopril right away and she is sending a new Rx for
labetalol 100 mg twice a day. Can you please make sure the lisinopril auto-refill
is cancelled so I don't get it by mistake? I'd also like my prenatal vitamin
transferred to you from the CVS on Elm.

Thank you!
Lucía
""",
    html="""<div dir="ltr"><div>Hello, my name is Lucía Márquez, born 11/03/1990. I'm 9 weeks pregnant and my OB told me today to stop my lisinopril right away and she is sending a new Rx for labetalol 100 mg twice a day. Can you please make sure the lisinopril auto-refill is cancelled so I don't get it by mistake? I'd also like my prenatal vitamin transferred to you from the CVS on Elm.</div><div><br></div><div>Thank you!</div><div>Lucía</div></div>""")

# ---------------------------------------------------------------------------
# PHI: ids
# ---------------------------------------------------------------------------

add('phi', 'ids', '',
    'PA Desk <pa@cobaltspecialtyrx.com>',
    'Northside Allergy & Asthma <office@northsideallergy.com>',
    'Dupixent PA - need chart notes',
    dt(2025, 2, 20, 10, 11),
    """Hi - following up on the dupilumab PA for your patient DOB 3.4.88, ClearPath
member ID CPX448120937. Plan is asking for documentation of failure of 2 topical
steroids + tacrolimus ointment and a current EASI score. Can you fax the last two
office notes to 555-0169? Case # PA-25-0091834 expires 3/6 if no response.

thank you
Rosa - Cobalt PA team
""")

add('phi', 'ids', 'Whitlock',
    'Shawn Mireles <smireles@larkspurrx.com>',
    'help@clearpathrx.com',
    'claim reversal question - Rx 6048213',
    dt(2025, 2, 25, 11, 48),
    """ClearPath provider help desk,

We are getting a reject 85 (patient not covered) on a claim that paid last
month. Details as submitted:

  Patient: WHITLOCK, EARL J
  DOB: 19520917
  Cardholder ID: CPX771200458  Person code 01
  Rx#: 6048213   Date of service 20250225
  Drug: furosemide 40 mg #60 (NDC 00000-0000-00 placeholder, actual on claim)
  Pharmacy NCPDP 5551234

Patient says nothing changed with his coverage through his retiree plan. He
has CHF and can't go without this. Please advise.

Shawn Mireles, RPh
Larkspur Apothecary & Compounding, NPI on file
""")

add('phi', 'ids', 'Castellano',
    'Cobalt Dispatch <dispatch@cobaltspecialtyrx.com>',
    'Arturo Villa <avilla.courier@fastlanecouriers.com>',
    'redeliver today - cold chain',
    dt(2025, 3, 14, 9, 2),
    """Arturo,

Failed delivery yesterday, please re-attempt today before 2pm:

Mr. Castellano
4410 Bramble Ct Apt 3
Fairhaven, 06455
call 555-0142 before arriving, he works nights & sleeps till 11

Package: 1 cooler (Humira pens, keep refrigerated, do NOT leave at door)
Signature required.

Thanks - Cobalt dispatch
""")

add('phi', 'ids', '',
    'Nadia Forsberg <nforsberg@meridianltc.com>',
    'Harbor View 3 East <3east@harborviewnr.org>',
    'vanco trough',
    dt(2025, 3, 5, 14, 3),
    """3 East - accession C24-118832 resulted, vancomycin trough 22.4 for the resident
in 305A (DOB 1937-05-22). That's above goal. Please hold the 1800 dose, I'll
send a new dose once I see her creatinine from this morning - lab says it's
pending. Who is the nurse for 305 tonight?

Nadia
""" + DISC_MER)

add('phi', 'ids', 'Pham',
    'Accounts Receivable <ar@larkspurrx.com>',
    'Duc Pham <ducpham.home@gmail.com>',
    'Account 77120-04 statement',
    dt(2025, 3, 3, 15, 15),
    """Dear Mr. Pham,

Per your call, here is the breakdown of the $212.60 balance on account
77120-04:

  01/14  Compounded hydrocortisone 2 mg/mL oral susp (for Bao, age 4) 120 mL  $84.00
  01/30  Same, refill                                                $84.00
  02/11  Spacer w/ pediatric mask                                     $44.60

The compounded suspension isn't billable to your plan, which is why it shows
as cash. We can set up two payments if that helps. Bao's endocrinologist can
also request a formulary exception if you want us to send them the form.

Larkspur Apothecary - Accounts
555-0133 opt 4
""")

add('phi', 'ids', 'Greaves',
    'Keisha Branford <kbranford@meridianltc.com>',
    'Billing - Meridian <billing@meridianltc.com>',
    'Part B vs D - budesonide neb',
    dt(2025, 2, 17, 9, 40),
    """Billing,

Budesonide 0.5 mg/2 mL nebs for Alma Greaves (Willowbrook rm 221), MBI
1EG4-TE5-MK72, DOB Jan-08-1949. She's now long-term care, not skilled, so this
should go to Part B DME not her Part D. The Part D plan keeps rejecting 'B vs D
determination'. She uses them BID for her COPD. Can you rebill? 60 vials sent
2/10.

K
""")

add('phi', 'ids', '',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'Dr. Petrakis Office <office@petrakisfamilypractice.com>',
    'clarification - rx received 2/28',
    dt(2025, 3, 1, 10, 52),
    """Re: pt born 17 Oct 1941, Rx for "gabapentin 300 mg 3 caps TID". Pt's
last CrCl we have on file is about 28 and she is already on 100 mg TID from
another prescriber (Dr. Lindqvist, neuro). Please clarify the intended dose
before we fill. Pt phone on file 555-0181, she said to call her daughter if
no answer.

Thank you,
Larkspur Apothecary  RPh on duty: G. Lutz
""")

add('phi', 'ids', 'Sokolova',
    'Medical Records <records@stbrigidhealth.org>',
    'Cobalt Intake <intake@cobaltspecialtyrx.com>',
    'Requested labs',
    dt(2025, 3, 10, 13, 33),
    """Attached per your request. Please reference MRN 00482913 on any follow-up.

Patient: Sokolova, Irina
Chart #: SB-2209-7714
Collected 03/07/2025 08:15

  HBV DNA quant   <10 IU/mL (not detected)
  ALT             31 U/L
  Creatinine      0.9 mg/dL
  eGFR            >90

Ordering: Feldman, Aaron MD (Lakeshore GI). Entecavir renewal on file.

Medical Records / Release of Information
St. Brigid Health
""")

# ---------------------------------------------------------------------------
# PHI: lists
# ---------------------------------------------------------------------------

add('phi', 'lists', 'Ferrante',
    'Nadia Forsberg <nforsberg@meridianltc.com>',
    'Harbor View Unit Managers <unitmgrs@harborviewnr.org>',
    'Med changes from this weeks MRR - 2 West',
    dt(2025, 3, 7, 15, 20),
    """Hi all - here are the med changes the prescribers signed off from my monthly
regimen review on 2 West. New cards go out on tonight's run, please pull old.

Rm\tResident\tChange\tReason
201A\tFerrante, Louis\tD/C simvastatin 40\tmyalgias, CK 610
204B\tPettigrew, Dolores\twarfarin 2.5 mg (was 3)\tINR 3.8 on 3/4
207A\tMbeki, Thandiwe\tquetiapine 25 -> 12.5 qhs\tGDR, no behaviors x90d
209A\tSchulte, Ingrid\tstart vit D3 2000 units\tlevel 14
212B\tKwan, Harold\tmetoprolol tart 25 BID -> hold if HR<55\tbrady 48-52 on flowsheet

Still waiting on Dr. Anand for Mr. Kwan's donepezil question.

Nadia
""" + DISC_MER)

add('phi', 'lists', 'Delgado',
    'Specialty Refill Team <refills@cobaltspecialtyrx.com>',
    'Inflammation Pharmacists <inflam-rph@cobaltspecialtyrx.com>',
    'refill queue - needs RPh review before ship',
    dt(2025, 3, 12, 8, 5),
    """Morning - these came up on refill calls yesterday and need a pharmacist before
we can ship. Please initial in the queue when done.

| Patient              | Drug                | Ship   | Issue                                   |
|----------------------|---------------------|--------|-----------------------------------------|
| Delgado, Maritza     | Humira 40 q2wk      | 3/14   | started prednisone 40 for flare         |
| Brennan, Thomas      | Enbrel 50 weekly    | 3/17   | inj site rxn, see JP note               |
| Achterberg, Linnea   | Cosentyx 150        | 3/13   | pregnant - says due in Sept             |
| Osei-Bonsu, Kwame    | Otezla 30 BID       | 3/15   | wt loss 12 lb, diarrhea                 |
| Lindqvist-Ray, Corin | Rinvoq 15           | 3/14   | shingles last month, on valacyclovir    |

thx
Dee
""")

add('phi', 'lists', 'Hargrove',
    'Meridian Dispatch <dispatch@meridianltc.com>',
    'Drivers <drivers@meridianltc.com>',
    'Route 5 manifest Tues 3/11 (STAT adds)',
    dt(2025, 3, 11, 11, 40),
    """Route 5 - 2 STAT adds at the bottom, leave by 12:15.

STOP  FACILITY / PATIENT           ADDRESS                     ITEMS     NOTES
----  ---------------------------  --------------------------  --------  --------------------------
1     Harbor View NR (cycle)       1200 Marina Way             14 totes  dock B
2     Cedar Ridge Manor            88 Quarry Rd                 3 totes  C-II lockbox: oxycodone x1
3     HARGROVE, BEATRICE (home)    17 Aster Ln, Ridgeport        1 bag   insulin - FRIDGE, hand to pt
4     Willowbrook Care             650 Old Post Rd              6 totes  refrigerated tote (vaccines)
5     TOOMEY, FRANCIS (asst liv)   Lantern Hill Sr Apts #4C      1 bag   fentanyl patch - SIGN
S1    Cedar Ridge Manor            88 Quarry Rd                 1 bag   STAT enoxaparin - Kuchar
S2    Willowbrook Care             650 Old Post Rd              1 bag   STAT Levaquin - rm 118 Amadi

- Kelli
""")

add('phi', 'lists', 'Yusupov',
    'Gary Lutz <glutz@larkspurrx.com>',
    'Larkspur Staff <staff@larkspurrx.com>',
    'huddle notes 3/6',
    dt(2025, 3, 6, 9, 15),
    """Huddle 3/6 - what's open:

* Mrs. Yusupov - PA for Mounjaro still pending w/ Eastgate, she's out since Mon,
  offered to check mfr savings card
* Kenny Albright (the kid w/ cystic fibrosis) - Creon backordered, Tri-County
  says Fri. Call mom, we can partial 3 days
* Mr. Dabrowski - new hospice pt, comfort pack (morphine conc, lorazepam, haldol)
  being delivered by Sam at 11. hospice RN is Carla
* Edna Fairweather - asked again about her mail-order Trulicity showing up here
  by mistake, pls transfer to Cobalt
* compounding: 3 BHRT refills, 1 vet (Dr. Bose, not a patient - the cat), 2 magic
  mouthwash for the oncology pts (Hollis, Mendez)

Cooler temp log looked good overnight.
-G
""")

rej_rows = [
    ['Rx', 'Patient', 'DOB', 'Drug', 'Reject', 'Message', 'Prescriber', 'Status'],
    ['6051190', 'Quintero, Alba', '1961-04-02', 'Jardiance 10mg', '75', 'PA REQUIRED', 'Kowalczyk', 'PA sent 3/3'],
    ['6051221', 'Lomax, Jennifer', '1979-09-15', 'Ozempic 0.25-0.5', '75', 'PA REQUIRED', 'Kowalczyk', 'approved 2/12'],
    ['6049876', 'Whitlock, Earl', '1952-09-17', 'Furosemide 40mg', '85', 'PATIENT NOT COVERED', 'Petrakis', 'call plan'],
    ['6052004', 'Baptiste, Marie-Claude', '1948-12-30', 'Symbicort 160/4.5', '79', 'REFILL TOO SOON', 'Anand', 'vacation override?'],
    ['6052017', 'Ramasubramanian, Venkatesh', '1957-06-21', 'Eliquis 5mg', '70', 'NDC NOT COVERED', 'Kowalczyk', 'waiting MD'],
    ['6052133', 'Eckhart, Dale', '1970-01-11', 'Vivitrol 380mg', 'MR', 'PRODUCT NOT ON FORMULARY', 'Okeke', 'med B?'],
]
add('phi', 'lists', 'Quintero',
    'Shawn Mireles <smireles@larkspurrx.com>',
    'Gary Lutz <glutz@larkspurrx.com>',
    'rejections week of 3/3',
    dt(2025, 3, 7, 17, 45),
    """Gary - weekly rejection report attached, pulled from the claims screen. The
Baptiste one is her going to Haiti for 6 wks, she needs a vacation supply override.
Eckhart - Vivitrol probably needs to go through medical, I'll call.

S
""",
    atts=[('rejections_2025-03-03.csv', csvtext(rej_rows), 'text/csv')])

mtm_rows = [
    ['Member', 'DOB', 'Plan ID', 'Phone', 'CMR due', '# meds', 'Targeted issue', 'Assigned RPh'],
    ['Haverford, Lionel', '05/14/1944', 'CPX302118844', '555-0102', '03/31/2025', '14', 'statin non-adherence (PDC 61%)', 'J. Park'],
    ['Ngata, Mere', '11/02/1950', 'CPX302188120', '555-0108', '03/31/2025', '11', 'duplicate NSAIDs', 'J. Park'],
    ['Abernathy, Rose', '07/22/1939', 'CPX302201577', '555-0113', '04/15/2025', '17', 'high-risk med in elderly (zolpidem)', 'P. Nair'],
    ['Dimitrov, Stoyan', '02/09/1958', 'CPX302209910', '555-0116', '04/15/2025', '9', 'ACE/ARB gap, diabetes', 'T. Wrobel'],
    ['Esposito, Gianna', '10/30/1947', 'CPX302210032', '555-0121', '04/30/2025', '12', 'opioid + benzo', 'P. Nair'],
]
add('phi', 'lists', 'Haverford',
    'MTM Program <mtm@cobaltspecialtyrx.com>',
    'Jolene Park <jpark@cobaltspecialtyrx.com>, Priyanka Nair <pnair@cobaltspecialtyrx.com>, Tomasz Wrobel <twrobel@cobaltspecialtyrx.com>',
    'Q1 CMR outreach list - 5 remaining',
    dt(2025, 3, 17, 8, 30),
    """Hi all,

Attached are the 5 members still open for Q1 comprehensive med reviews. Please
try at least 3 call attempts and document in the MTM platform. Ms. Abernathy is
hard of hearing - her son Paul picks up at the same number.

Thanks!
Renata Solis
MTM Program Coordinator
""",
    atts=[('CMR_open_Q1.xlsx', xlsx(mtm_rows, 'Open CMRs'),
           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

cyc_rows = [
    ['Facility', 'Unit', 'Room', 'Resident', 'DOB', 'Medication', 'Exception'],
    ['Willowbrook Care', '2', '221', 'Greaves, Alma', '1949-01-08', 'budesonide 0.5mg/2mL neb', 'billing B vs D'],
    ['Willowbrook Care', '2', '224', 'Benavides, Rosa', '1940-08-19', 'solifenacin 5mg', 'new order not on MAR'],
    ['Willowbrook Care', '1', '118', 'Amadi, Chukwuemeka', '1936-03-27', 'levofloxacin 750mg', 'STAT - sent separately'],
    ['Willowbrook Care', '1', '104', 'Szabo, Erzsebet', '1931-11-05', 'nitrofurantoin 100mg', 'CrCl 22 - RPh to call MD'],
    ['Willowbrook Care', '2', '230', 'Lefebvre, Jean-Paul', '1944-06-14', 'insulin glargine', 'dose change not signed'],
]
add('phi', 'lists', 'Greaves',
    'Cycle Fill <cyclefill@meridianltc.com>',
    'DON Willowbrook <don@willowbrookcare.com>',
    'March cycle fill exceptions - Willowbrook',
    dt(2025, 3, 18, 13, 0),
    """Donna,

The cycle fill for 3/21 is done except for the 5 items in the attached file
(zipped, our mail system keeps stripping csv's to outside domains). Please have
the unit managers look at these before Thursday.

Meridian LTC Pharmacy - Cycle Fill Team
""" + DISC_MER,
    atts=[('willowbrook_exceptions_0321.zip',
           zbytes([('willowbrook_exceptions_0321.csv', csvtext(cyc_rows))]),
           'application/zip')])

# ---------------------------------------------------------------------------
# PHI: struct
# ---------------------------------------------------------------------------

add('phi', 'struct', 'Amadi',
    'Ray Ostrowski <rostrowski@meridianltc.com>',
    'Interface Support <support@caresuiteehr.com>',
    'RE: Ticket 48812 - RDE messages failing from Willowbrook',
    dt(2025, 3, 11, 10, 22),
    """Still failing this morning. Here's one of the rejected messages straight out
of our engine's error queue. Looks like RXE-2 is coming across with the text
description and no code, and our side chokes on the empty give code.

MSH|^~\\&|CARESUITE|WILLOWBROOK|MERIDIAN_RX|MERIDIAN|20250311091402||RDE^O11^RDE_O11|CS118273645|P|2.5.1
PID|1||WB004417^^^WILLOWBROOK^MR||AMADI^CHUKWUEMEKA^O||19360327|M|||650 OLD POST RD^^ASHFORD^CT^06278||555-0126
PV1|1|I|1^118^A^WILLOWBROOK||||1558432190^ANAND^RAVI^^^MD
ORC|NW|ORD99812||||||||||1558432190^ANAND^RAVI^^^MD
RXE|^^^^^^1^D|^Levofloxacin 750 mg tablet|750||mg|TAB|Take 1 tab by mouth every 48 hours x 7 days for pneumonia||||7|TAB
RXR|PO
DG1|1||J18.9^Pneumonia, unspecified organism^I10

This is a STAT for a resident, so we keyed it by hand, but every new order
since the 3/9 upgrade is doing this. Please escalate.

Ray Ostrowski
Pharmacy Systems Analyst, Meridian LTC Pharmacy
555-0119 x230

-----Original Message-----
From: Interface Support <support@caresuiteehr.com>
Sent: Monday, March 10, 2025 5:12 PM
Subject: Ticket 48812 - RDE messages failing from Willowbrook

Hi Ray, can you send a sample of the failing message? Thanks, Jordan
""")

oru = ('MSH|^~\\&|STB_LAB|STBRIGID|MERIDIAN_RX|MERIDIAN|20250305132201||ORU^R01|LAB5519023|P|2.3\r'
       'PID|1||H2291043^^^STB^MR||KWAN^HAROLD^T||19380714|M|||1200 MARINA WAY RM 212B^^ASHFORD^CT^06278\r'
       'OBR|1|ORD77120|C24-118901|PTINR^PROTIME/INR|||202503050610|||||||||1558432190^ANAND^RAVI\r'
       'OBX|1|NM|PT^Prothrombin time||31.4|sec|11.5-14.5|H|||F\r'
       'OBX|2|NM|INR^INR||2.9||0.9-1.1|H|||F\r'
       'NTE|1||Patient on warfarin therapy. Therapeutic range 2.0-3.0.\r')
add('phi', 'struct', 'Kwan',
    'Interface Alerts <hl7-alerts@meridianltc.com>',
    'Clinical Pharmacists <clinical@meridianltc.com>',
    '[UNMATCHED] ORU from STB_LAB - no MRN match',
    dt(2025, 3, 5, 13, 22),
    """The attached inbound result could not be matched to a pharmacy patient
profile (MRN H2291043 not found). Please match manually in the Results Inbox
or forward to the facility.

-- automated message from Meridian Interface Engine --
""",
    atts=[('LAB5519023.hl7', oru.encode('ascii'), 'application/x-hl7')])

add('phi', 'struct', 'Toomey',
    'Hannah Liu <hliu@cobaltspecialtyrx.com>',
    'Intake Team <intake@cobaltspecialtyrx.com>',
    'eligibility - who is primary? Toomey',
    dt(2025, 3, 4, 15, 55),
    """Can someone who reads X12 better than me look at this 271? Francis Toomey
has Medicare + something and I can't tell if the supplemental is actually
active. We're trying to ship his Xtandi.

ISA*00*          *00*          *ZZ*CLEARPATHRX    *ZZ*COBALTSPEC     *250304*1541*^*00501*000004417*0*P*:~
GS*HB*CLEARPATHRX*COBALTSPEC*20250304*1541*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*100224*20250304*1541~
HL*1**20*1~
NM1*PR*2*CLEARPATH RX*****PI*610442~
HL*2*1*21*1~
NM1*1P*2*COBALT SPECIALTY PHARMACY*****XX*1346790251~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*TOOMEY*FRANCIS*X***MI*CPX558810271~
N3*LANTERN HILL SENIOR APTS*APT 4C~
N4*RIDGEPORT*CT*06480~
DMG*D8*19410602*M~
EB*1*IND*88*MC*MEDICARE PART D~
EB*R*IND*88**SUPPLEMENTAL~
DTP*291*RD8*20240101-20241231~
SE*16*0001~
GE*1*4417~
IEA*1*000004417~

The DTP on the EB*R looks like it ended 12/31? Or am I reading it wrong.

Hannah
""")

add('phi', 'struct', 'Esposito',
    'Larkspur Billing <billing@larkspurrx.com>',
    'Gary Lutz <glutz@larkspurrx.com>',
    'FW: 835 - why did this pay $0',
    dt(2025, 3, 14, 11, 5),
    """Gary,

From the remit this week. Esposito compounded pain cream paid zero, CARC 16.
I think it's the missing NDCs on the ingredients again. Pasted the claim loop:

CLP*6050877*4*342.50*0**MC*2503120044871*01~
CAS*CO*16*342.50~
NM1*QC*1*ESPOSITO*GIANNA****MI*CPX302210032~
NM1*82*2*LARKSPUR APOTHECARY*****XX*1982736450~
DTM*232*20250221~
SVC*N4:00000000000*342.50*0**1~
DTM*472*20250221~
LQ*HE*MA130~
LQ*HE*N657~

It's the ketoprofen/lidocaine/baclofen cream for her back, 120 g. Do we resubmit
or write off? She already paid her copay.

Thx, Pat
""")

fhir = """{
  "resourceType": "MedicationRequest",
  "id": "mr-20250309-7781",
  "status": "active",
  "intent": "order",
  "contained": [
    {
      "resourceType": "Patient",
      "id": "p1",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "NVO-0041877"}],
      "name": [{"family": "Achterberg", "given": ["Linnea", "M"]}],
      "gender": "female",
      "birthDate": "1991-08-03",
      "telecom": [{"system": "phone", "value": "555-0149", "use": "mobile"}]
    }
  ],
  "medicationCodeableConcept": {
    "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1599788", "display": "secukinumab 150 MG/ML Auto-Injector"}]
  },
  "subject": {"reference": "#p1"},
  "authoredOn": "2025-03-09",
  "requester": {"display": "Tessa Moreau, MD"},
  "reasonCode": [{"text": "plaque psoriasis"}],
  "note": [{"text": "Pt reports pregnancy, est due Sept 2025. Please call before dispensing."}],
  "dosageInstruction": [{"text": "150 mg subcutaneously every 4 weeks"}]
}"""
add('phi', 'struct', 'Achterberg',
    'Devon Albers <dalbers@cobaltspecialtyrx.com>',
    'Dev Team <pharmacy-it@cobaltspecialtyrx.com>',
    'FHIR inbound - note field getting dropped',
    dt(2025, 3, 10, 16, 48),
    """Hey team,

Our FHIR intake from the derm group is dropping MedicationRequest.note. Pharmacists
never saw the pregnancy flag on this one (real order, came in yesterday, caught it
on the refill call luckily). Raw payload below. We map reasonCode fine, note just
vanishes.

""" + fhir + """

Can we get this in the next sprint? Pretty big patient safety issue.

Devon
Devon Albers | Integration Engineer | Cobalt Specialty Pharmacy
""")

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Discharge</title>
  <effectiveTime value="20250228143000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="H2288150" root="2.16.840.1.113883.3.7712"/>
      <addr use="HP"><streetAddressLine>1200 Marina Way</streetAddressLine>
        <city>Ashford</city><state>CT</state><postalCode>06278</postalCode></addr>
      <patient>
        <name><given>Thandiwe</given><family>Mbeki</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19420311"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Discharge Medications</title>
      <text><list>
        <item>quetiapine 12.5 mg PO at bedtime</item>
        <item>sertraline 50 mg PO daily</item>
        <item>apixaban 2.5 mg PO BID - NEW, started for new atrial fibrillation</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct', 'Mbeki',
    'Admissions Harbor View <admissions@harborviewnr.org>',
    'orders@meridianltc.com',
    'readmit 207A - CCD',
    dt(2025, 2, 28, 16, 10),
    """Pharmacy, resident returning to 207A tonight from St Brigid's. The hospital's
portal only gave us the CCD, copying the meds part here since the attachment
won't open for some of you. The apixaban is new. Please send first doses on the
evening run.

""" + ccd + """

Thanks
Yolanda, Admissions
Harbor View Nursing & Rehabilitation
""",
    cte='quoted-printable')

x837 = """ISA*00*          *00*          *ZZ*MERIDIANLTC    *ZZ*MEDICARESMAC   *250306*0912*^*00501*000001882*0*P*:~
GS*HC*MERIDIANLTC*MEDICARESMAC*20250306*0912*1882*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*MLTC-B-1882*20250306*0912*CH~
NM1*85*2*MERIDIAN LTC PHARMACY SERVICES*****XX*1669021734~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*GREAVES*ALMA****MI*1EG4TE5MK72~
N3*650 OLD POST RD RM 221~
N4*ASHFORD*CT*06278~
DMG*D8*19490108*F~
CLM*MLTCB030601*184.20***12:B:1*Y*A*Y*Y~
HI*ABK:J449~
LX*1~
SV1*HC:J7626:KO*184.20*UN*60***1~
DTP*472*D8*20250210~
SE*16*0001~
GE*1*1882~
IEA*1*000001882~
"""
add('phi', 'struct', 'Greaves',
    'Billing - Meridian <billing@meridianltc.com>',
    'Keisha Branford <kbranford@meridianltc.com>',
    'RE: Part B vs D - budesonide neb',
    dt(2025, 3, 6, 9, 30),
    """Keisha - rebilled to Part B, 837 attached for your records. Needed the KO
modifier + a new DIF on file, which Willowbrook faxed Tuesday.

-Marisol, Billing

> Budesonide 0.5 mg/2 mL nebs for Alma Greaves (Willowbrook rm 221) ...
> Can you rebill? 60 vials sent 2/10.
""",
    atts=[('MLTCB030601_837P.txt', x837, 'text/plain')])

# ---------------------------------------------------------------------------
# PHI: lang
# ---------------------------------------------------------------------------

add('phi', 'lang', 'Ortiz Villalobos',
    'Yesenia Ortiz <yeseortiz.87@gmail.com>',
    'Larkspur Pharmacy <rx@larkspurrx.com>',
    'receta de insulina de mi mamá',
    dt(2025, 2, 22, 15, 3),
    """Buenas tardes,

Les escribo por mi mamá, Graciela Ortiz Villalobos. Ayer en la cita el Dr.
Kowalczyk le cambió la insulina: ahora es Tresiba 20 unidades en la noche en vez
de la Lantus, porque le estaba bajando mucho el azúcar en la madrugada (le bajó
a 52 el martes). ¿Ya les llegó la receta nueva?

También se le acabaron las tiras para medirse el azúcar. Ella tiene 74 años y ya
no maneja, ¿me lo pueden mandar a domicilio? Es en la calle Sycamore 118, apto 2.

Muchas gracias,
Yesenia Ortiz (hija)
555-0129
""")

add('phi', 'lang', 'Lê',
    'Minh Tran <mtran@larkspurrx.com>',
    'Khoa Le <khoa.le.work@outlook.com>',
    'Thuốc huyết áp của bác Sáu',
    dt(2025, 3, 6, 11, 34),
    """Chào anh Khoa,

Em là Minh ở nhà thuốc Larkspur. Thuốc huyết áp amlodipine 10mg của bác Lê Văn Sáu
đã hết lượt refill rồi. Bác sĩ Petrakis muốn bác đi tái khám và thử máu (thận)
trước khi kê thêm, vì lần trước huyết áp của bác vẫn còn cao và chân bị phù.

Hôm nay em đã đưa bác 7 viên tạm thời để không bị gián đoạn. Anh gọi phòng khám
số 555-0188 để đặt lịch giúp bác nhé.

Cảm ơn anh,
Minh
Larkspur Apothecary - 555-0133
""")

add('phi', 'lang', 'Baptiste',
    'Marie-Claude Baptiste <mcbaptiste48@yahoo.com>',
    'rx@larkspurrx.com',
    'Renmen fe vit silvouple - vwayaj',
    dt(2025, 3, 8, 10, 20),
    """Bonjou,

Se Marie-Claude Baptiste, mwen fèt 30 desanm 1948. Mwen pral Ayiti 15 mas pou
6 semèn. Mwen bezwen pran pompe Symbicort mwen an ak grenn tansyon mwen
(losartan 50) pou tout tan an. Moun nan famasi a di asirans lan refize paske li
twò bonè. Lè mwen pa gen pompe a mwen pa ka respire byen lannuit.

Èske nou ka rele Dr. Anand pou mwen? Mwen pa konprann papye asirans yo.

Mèsi anpil,
Marie-Claude
555-0131
""")

add('phi', 'lang', 'Левченко',
    'Дмитрий Левченко <d.levchenko@mail.ru>',
    'Customer Care <care@meridianltc.com>',
    'Варфарин - мой отец, Cedar Ridge Manor',
    dt(2025, 3, 3, 21, 14),
    """Здравствуйте.

Мой отец, Левченко Борис Аркадьевич, находится в Cedar Ridge Manor, комната 126.
На прошлой неделе ему снизили дозу варфарина после анализа крови (МНО было 4,1,
и у него шла кровь из носа). Медсестра сказала, что новые таблетки должна
прислать ваша аптека, но вчера вечером ему всё ещё давали старую дозу 5 мг.

Пожалуйста, проверьте и ответьте мне. Отец плохо говорит по-английски, поэтому
прошу звонить мне: 555-0157.

С уважением,
Дмитрий Левченко
""")

add('phi', 'lang', 'Cavalcanti',
    'Rogério Cavalcanti <rogerio.cavalcanti@uol.com.br>',
    'Cobalt Specialty Pharmacy <care@cobaltspecialtyrx.com>',
    'Caixa do Enbrel chegou quente',
    dt(2025, 3, 15, 18, 40),
    """Olá,

Aqui é Rogério Cavalcanti. A entrega do meu Enbrel (etanercepte 50 mg) chegou
hoje mas ficou na varanda o dia inteiro - o motorista não tocou a campainha. Quando
abri, o gelo já tinha derretido e as canetas estavam mornas.

Posso usar mesmo assim? Minha próxima dose é no sábado e a artrite psoriásica
está piorando, os dedos das mãos estão bem inchados. Se precisar mandar outra
caixa, meu endereço é o mesmo: 39 Orchard Terrace, Ridgeport.

Obrigado,
Rogério
(203) 555-0192
""",
    cte='quoted-printable')

add('phi', 'lang', 'Dizon',
    'Rowena Salcedo RN <rsalcedo@willowbrookcare.com>',
    'Joy Macaraeg <jmacaraeg@meridianltc.com>',
    'Mang Ernesto rm 109',
    dt(2025, 3, 9, 6, 48),
    """Hi Ate Joy,

Si Mang Ernesto Dizon sa room 109, nagsusuka since kagabi after nung sinimulan
yung bagong metformin ER 1000. Pwede ba i-hold muna natin? Tinawagan ko na si
Dr. Anand pero wala pang sagot. Sugar niya this AM 118 naman.

Also wala pa yung refill ng Eliquis niya, 2 doses na lang natitira sa card. Pa-
check naman kung nasa night run.

Salamat!!
Rowena, RN - 1st floor
""")

add('phi', 'lang', '陈',
    '陈伟 <chenwei1978@163.com>',
    'Cobalt Specialty Pharmacy <care@cobaltspecialtyrx.com>',
    '关于我父亲陈国梁的来那度胺',
    dt(2025, 3, 16, 20, 5),
    """您好，

我父亲陈国梁（1945年7月3日出生）在贵药房配来那度胺（Revlimid）胶囊，治疗多发性骨髓瘤。
他上周因为血小板很低住院了五天，北谷肿瘤科的Yoon医生说要停药两周，然后从15毫克减到10毫克。

请先不要寄下个月的药，医生会给你们发新的处方。
我父亲英语不好，有问题请打我的电话 555-0163。

谢谢！
陈伟
""",
    cte='base64')

# ---------------------------------------------------------------------------
# CLEAN: admin
# ---------------------------------------------------------------------------

add('clean', 'admin', '',
    'Gary Lutz <glutz@larkspurrx.com>',
    'Larkspur Staff <staff@larkspurrx.com>',
    'April schedule + Easter weekend coverage',
    dt(2025, 3, 14, 18, 22),
    """Hi everyone,

April schedule is posted by the time clock. A few things:

- Easter Sat 4/19: Shawn (RPh) + Minh + Tyler, 9-3. Sunday closed as usual.
- Marcy is out 4/7-4/11 (vacation). Compounding is limited that week - no
  sterile, nonsterile only if Gary is in the lab. Tell callers 5 business days.
- Dana starts 4/1 as our new tech-in-training, she'll shadow Minh the first
  two weeks. Please be nice :)
- Reminder: immunization certs expire for Shawn and Tyler on 4/30, renew ASAP.

If you need a swap, text me at 555-0135, don't just trade without telling me.

Gary Lutz, RPh
Pharmacist in Charge / Owner
Larkspur Apothecary & Compounding
""")

add('clean', 'admin', '',
    'ScriptLine Support <support@scriptlinerx.com>',
    'Ray Ostrowski <rostrowski@meridianltc.com>',
    '[ScriptLine] INC-20458 scheduled downtime Sun 03/23 01:00-04:00 ET',
    dt(2025, 3, 18, 12, 0),
    """Hello Ray,

This is a reminder that your ScriptLine pharmacy management system
(site ID MLTC-0042) will be unavailable during planned maintenance:

   Window:   Sunday 03/23/2025 01:00 - 04:00 ET
   Ticket:   INC-20458
   Version:  8.14.2 -> 8.15.0
   Impact:   dispensing, eMAR sync, claims adjudication, label printing

During the window, claims will queue and submit automatically at 04:00. Please
ensure your downtime procedures are in place and that any STAT orders are
processed before 00:45.

Release notes: https://support.scriptlinerx.com/kb/8-15-0
Questions? Call 1-800-555-0111 opt 2.

ScriptLine Customer Success
""",
    html="""<html><body><p>Hello Ray,</p><p>This is a reminder that your <b>ScriptLine</b> pharmacy management system (site ID MLTC-0042) will be unavailable during planned maintenance:</p>
<table border="1" cellpadding="4"><tr><td>Window</td><td>Sunday 03/23/2025 01:00 - 04:00 ET</td></tr><tr><td>Ticket</td><td>INC-20458</td></tr><tr><td>Version</td><td>8.14.2 &rarr; 8.15.0</td></tr><tr><td>Impact</td><td>dispensing, eMAR sync, claims adjudication, label printing</td></tr></table>
<p>During the window, claims will queue and submit automatically at 04:00. Please ensure your downtime procedures are in place and that any STAT orders are processed before 00:45.</p>
<p><a href="https://support.scriptlinerx.com/kb/8-15-0">Release notes</a> &middot; 1-800-555-0111 opt 2</p><p>ScriptLine Customer Success</p></body></html>""")

inv_rows = [
    ['Invoice', 'Line', 'NDC', 'Description', 'Qty', 'Unit', 'Ext'],
    ['TCD-884120', '1', '00000-1111-01', 'Progesterone USP micronized 25 g', '2', '89.40', '178.80'],
    ['TCD-884120', '2', '00000-1111-02', 'Ketoprofen USP 100 g', '1', '64.15', '64.15'],
    ['TCD-884120', '3', '00000-1111-03', 'Lipoderm base 500 g', '2', '71.00', '142.00'],
    ['TCD-884120', '4', '00000-1111-04', 'Ora-Plus 473 mL', '4', '18.25', '73.00'],
    ['TCD-884120', '5', '00000-1111-05', 'Capsule size 1 clear (1000)', '1', '22.10', '22.10'],
]
add('clean', 'admin', '',
    'Tri-County Drug Supply AR <ar@tricountydrug.com>',
    'Accounts Payable <ap@larkspurrx.com>',
    'Invoice TCD-884120 - past due 15 days - acct 30041877',
    dt(2025, 3, 12, 8, 0),
    """Dear Customer,

Our records show invoice TCD-884120 (account 30041877, Larkspur Apothecary) for
$480.05 is 15 days past due. Line detail is attached. If payment has already been
sent, please disregard. Remit to Tri-County Drug Supply, PO Box 5510, Hartwell.

For questions contact Bernadette Quaile, Credit Dept, 555-0161 x12.

Thank you for your business.
""",
    atts=[('TCD-884120.csv', csvtext(inv_rows), 'text/csv')])

add('clean', 'admin', '',
    'HR - Cobalt <hr@cobaltspecialtyrx.com>',
    'All Staff <allstaff@cobaltspecialtyrx.com>',
    'Open enrollment closes Friday - health plan, dental, FSA',
    dt(2025, 3, 24, 9, 0),
    """Hi all,

Reminder that open enrollment for the plan year starting May 1 closes this
Friday 3/28 at 5pm. If you do nothing you'll keep your current medical and
dental but your FSA election resets to $0.

What's new:
 - Medical: the HDHP deductible goes to $1,800 single / $3,600 family
 - Pharmacy benefit moves to ClearPath Rx - new member ID cards mail mid-April
 - Vision adds a second frame allowance for employees only
 - EAP sessions go from 3 to 6 per issue per year

Benefits hotline (Anchorline Benefits) 1-877-555-0190, group # CSP-22091.
Questions for me directly: ext 1104.

Tamara Voss, SHRM-CP
People & Culture Manager, Cobalt Specialty Pharmacy
""")

add('clean', 'admin', '',
    'Ray Ostrowski <rostrowski@meridianltc.com>',
    'Facilities <facilities@meridianltc.com>',
    'walk-in cooler #2 temp excursion - service call',
    dt(2025, 2, 16, 23, 48),
    """Facilities,

Walk-in #2 alarmed at 22:10, logger showed 9.4 C at peak. Night tech (Andre)
moved all insulin, vaccines and the biologic stock to walk-in #1 and the two
reach-ins by 22:35, logged it on the excursion form. No product went out from
#2 tonight.

Called Polar Mechanical, work order PM-77031, tech Luis Ferreira ETA 6am. Looks
like the compressor is short cycling again - this is the third time since
January. Can we get a quote on replacing the unit instead of another repair?

Ray
cell 555-0147
""")

add('clean', 'admin', '',
    'Billing - Meridian <billing@meridianltc.com>',
    'Pharmacy Ops <ops@meridianltc.com>',
    'Switch vendor change 4/1 - new BIN/PCN routing',
    dt(2025, 3, 19, 14, 10),
    """FYI all,

Starting 4/1 our claims switch moves from RelayHealth-style routing to
Conduit Switch Services. For most plans nothing changes for you at the
counter. A few payer sheets update:

   ClearPath Rx            BIN 610442  PCN CPXLTC   (no change)
   Harborline Medicaid MCO  BIN 004336  PCN HLMCD    -> PCN HLMCD2
   Summit Part D            BIN 015581  PCN SPD1     (no change)

Conduit support: 1-866-555-0175, our account # CND-11840. If you see E1/M1
transmission rejects after 4/1, screenshot and send to me, don't keep
resubmitting.

Marisol Reyes
Billing Supervisor
""")

add('clean', 'admin', '',
    'Meridian Dispatch <dispatch@meridianltc.com>',
    'Drivers <drivers@meridianltc.com>',
    'van 4 in the shop + route swaps this week',
    dt(2025, 3, 17, 6, 30),
    """Drivers -

Van 4 (the Transit, plate ends 2281) is at Hartwell Ford for brakes until
Thursday. Swaps:

  Mon-Wed: Dev takes route 3 + route 6 in van 2, leaves 10:30 instead of 11
  Mon-Wed: Sam covers hospice STATs in his own car, mileage at 0.67/mi
  Thursday: back to normal

Reminder: the fuel card PIN changed, ask me. Also the tote count at Harbor
View dock is coming up short again, please get a signature on the tote sheet
EVERY drop.

Kelli Moran
Dispatch Coordinator
555-0119 x210
""")

# ---------------------------------------------------------------------------
# CLEAN: lookalike
# ---------------------------------------------------------------------------

add('clean', 'lookalike', '',
    'Ironworks Fitness <members@ironworksfit.com>',
    'shawn.mireles@gmail.com',
    'Your membership freeze is confirmed, Shawn',
    dt(2025, 3, 2, 7, 0),
    """Hi Shawn,

Your membership freeze request has been approved.

   Member #:      IWF-0088213
   Home club:     Ashford - Route 9
   Freeze dates:  03/03/2025 - 04/02/2025
   Reason:        medical (no documentation required for freezes under 60 days)
   Fee:           $10/month during freeze

Your InBody scan credits and personal training sessions (4 remaining) will be
waiting when you come back. Get well soon!

Coach Deshawn & the Ironworks team
Questions? 555-0100 | Unsubscribe from marketing emails
""",
    html="""<html><body style="font-family:Arial"><h2 style="color:#c0392b">Freeze confirmed</h2><p>Hi Shawn,</p><p>Your membership freeze request has been approved.</p><ul><li>Member #: IWF-0088213</li><li>Home club: Ashford - Route 9</li><li>Freeze dates: 03/03/2025 - 04/02/2025</li><li>Reason: medical (no documentation required for freezes under 60 days)</li><li>Fee: $10/month during freeze</li></ul><p>Your InBody scan credits and personal training sessions (4 remaining) will be waiting when you come back. Get well soon!</p><p>Coach Deshawn &amp; the Ironworks team</p><p style="font-size:9px">Questions? 555-0100 | <a href="https://ironworksfit.com/unsub">Unsubscribe</a></p></body></html>""")

add('clean', 'lookalike', '',
    'Larkspur Compounding <compounding@larkspurrx.com>',
    'Ashford Animal Hospital <rx@ashfordanimalhosp.com>',
    'RE: methimazole transdermal for "Pickles"',
    dt(2025, 3, 6, 14, 40),
    """Dr. Bose,

Got it - methimazole 5 mg/0.1 mL in Lipoderm, 30 clicks, apply to inner ear
pinna BID, for Pickles (feline, 14 y, DSH, 4.1 kg), owner Margaret Quill.
Her T4 recheck in 3 weeks is noted. We'll have it ready tomorrow after 2; owner
prefers pickup. Chicken flavor is not an option for transdermal, sorry :)

Marcy Delacroix, CPhT
Larkspur Apothecary & Compounding - Veterinary Compounding

-----Original Message-----
From: Ashford Animal Hospital
Sent: Thursday, March 6, 2025 1:15 PM
Subject: methimazole transdermal for "Pickles"

Patient: Pickles Quill  DOB ~2011  Chart 22-4410
Dx: hyperthyroidism, won't take pills (bites)
Please compound transdermal methimazole 5mg/0.1mL, 30 day supply.
Dr. Anjali Bose, DVM
""")

add('clean', 'lookalike', '',
    'Harborline Federal Credit Union <alerts@harborlinefcu.org>',
    'kbranford@gmail.com',
    'Member #4471-0093: your auto loan payment was received',
    dt(2025, 3, 3, 5, 14),
    """Dear Keisha Branford,

We received your payment of $412.77 on 03/01/2025 for loan 4471-0093-L02.

  Member number:       4471-0093
  Remaining balance:   $11,284.19
  Next due date:       04/01/2025
  Routing / ABA:       211274450

If you did not authorize this payment, please call Member Services at
1-800-555-0143, available 24/7.

Harborline FCU - Federally insured by NCUA
This is an automated message. Please do not reply.
""")

add('clean', 'lookalike', '',
    'Northwind Airlines <itinerary@northwindair.com>',
    'Priyanka Nair <priyanka.nair.rx@gmail.com>',
    'Itinerary change - Confirmation QJ7R4K - ASHP Midyear',
    dt(2025, 2, 28, 19, 2),
    """PRIYANKA NAIR
Confirmation: QJ7R4K     SkyRewards #: NW 4402 118 937

Your flight schedule has changed.

  NW 1184   BDL 07:05 -> ORD 08:52   Thu 06 Mar   Seat 14C   (was 06:40)
  NW 2237   ORD 10:15 -> LAS 12:20   Thu 06 Mar   Seat 22A

Special service requests on file: none. Need wheelchair assistance, an
oxygen concentrator or to travel with medication/syringes? Visit
northwindair.com/assist.

Manage your trip at northwindair.com/trips.
""")

add('clean', 'lookalike', '',
    'Claims - Granite Auto Insurance <claims@graniteauto.com>',
    'Dev Rampersad <devrampersad@yahoo.com>',
    'Claim GA-2025-0318845 - appraisal complete',
    dt(2025, 3, 13, 10, 45),
    """Dear Mr. Rampersad,

Re: Policy GAP-771204-03, Claim GA-2025-0318845, date of loss 03/04/2025
Vehicle: 2019 Ford Transit Connect, VIN ending 48821

Our appraiser completed the damage assessment. Diagnosis from the shop scan
shows the rear bumper sensor module and tailgate need replacement; estimate
$3,412.60 less your $500 deductible. Since you reported no injuries at the scene,
no medical payments (MedPay) coverage applies to this claim.

Your adjuster is Corinne Tate, 555-0109, M-F 8-5.

Granite Auto Insurance
""")

add('clean', 'lookalike', '',
    'Oakline Tree Care <office@oaklinetree.com>',
    'Gary Lutz <glutz@larkspurrx.com>',
    'Estimate #4471 - red oak, 412 Main St',
    dt(2025, 3, 10, 16, 20),
    """Hi Gary,

Thanks for having us out. Findings from our arborist (Tom Kessler, ISA certified
NE-7712A) on the big red oak behind the pharmacy lot:

 - signs of bacterial wetwood and a canker on the north leader, the tree is
   stressed but NOT terminal
 - recommend crown reduction ~15%, remove deadwood over the delivery lane
 - treatment: trunk injection of phosphite (2 visits, spring + fall)
 - prognosis good with treatment; re-check in 12 months

Estimate #4471: pruning $1,150, injections $380 x 2. We can schedule the
surgery (pruning) for the week of 4/14 if approved.

Brenda, Office Manager
Oakline Tree Care | 555-0197
""")

add('clean', 'lookalike', '',
    'Devon Albers <dalbers@cobaltspecialtyrx.com>',
    'Dev Team <pharmacy-it@cobaltspecialtyrx.com>',
    'patient retry worker is killing the discharge queue',
    dt(2025, 3, 19, 11, 58),
    """fyi the "patient" retry strategy we added to the shipment-events consumer is
making things worse, not better. When the carrier API 503s, each worker waits,
retries with backoff, then re-queues - but the discharge (dead-letter) queue
consumer also picks them up, so we double-process.

  pid 48812  consumer=shipment-events  retries=7  state=BLOCKED
  pid 48813  consumer=dlq-discharge    retries=0  state=RUNNING
  admit_ts=2025-03-19T15:41:07Z  discharge_ts=null

Proposal: make the retry worker "impatient" (max 3), then hand to DLQ and have
DLQ be the only one that triages. I'll put up a PR this afternoon, ticket
PLAT-1120. No patient data involved, this is just carrier tracking events.

Devon
""")

# ---------------------------------------------------------------------------
# CLEAN: news
# ---------------------------------------------------------------------------

add('clean', 'news', '',
    'Tri-County Drug Supply Recalls <recalls@tricountydrug.com>',
    'Pharmacy Managers <rx@larkspurrx.com>',
    'VOLUNTARY RECALL: Metformin ER 500 mg - select lots (pharmacy level)',
    dt(2025, 2, 26, 7, 30),
    """URGENT: DRUG RECALL - PHARMACY LEVEL

Product:    Metformin HCl Extended-Release Tablets USP, 500 mg, 100-count bottles
Mfr:        Ardent Generics LLC (distributed by Tri-County Drug Supply)
Lots:       AG24118, AG24119, AG24127   Exp 10/2026 - 01/2027
Reason:     N-nitrosodimethylamine (NDMA) above the acceptable intake limit
Level:      Pharmacy / retail. Not a patient-level recall.

Actions:
 1. Check inventory and quarantine affected lots immediately.
 2. Return via the Tri-County returns portal, reason code RCL-2502.
 3. Patients who received affected lots should NOT stop taking metformin
    without talking to their prescriber; the risk of stopping outweighs the risk
    of short-term exposure.

Questions: Recall Coordinator, 1-800-555-0150.
""")

add('clean', 'news', '',
    'State Board of Pharmacy <newsletter@boardofpharmacy-example.gov>',
    'subscribers@lists.boardofpharmacy-example.gov',
    'Board Bulletin - Spring 2025: USP <795>/<797> compliance, CE audits, tech ratios',
    dt(2025, 3, 1, 9, 0),
    """BOARD BULLETIN - SPRING 2025

1. Compounding inspections
Since the revised USP <795> and <797> chapters became enforceable, inspectors
have cited 41 pharmacies, most often for missing beyond-use date (BUD)
justification, incomplete master formulation records, and lapsed personnel
competency (gloved fingertip testing). A Q&A webinar is scheduled for 4/9.

2. CE audit
2,118 pharmacist licenses were randomly selected for the 2024 renewal audit.
Remember: 2 hours of the 30 must be in opioid/controlled substance topics.

3. Technician ratios
Effective July 1, the pharmacist-to-technician ratio in community settings
increases from 1:3 to 1:4 when at least one tech is nationally certified.

4. Disciplinary actions
Summaries are posted on the Board website. The Board does not publish them
in this newsletter.

You are receiving this because you hold a license or permit. Manage your
subscription at the licensee portal.
""",
    html="""<html><body><h1>BOARD BULLETIN &ndash; SPRING 2025</h1>
<h3>1. Compounding inspections</h3><p>Since the revised USP &lt;795&gt; and &lt;797&gt; chapters became enforceable, inspectors have cited 41 pharmacies, most often for missing beyond-use date (BUD) justification, incomplete master formulation records, and lapsed personnel competency (gloved fingertip testing). A Q&amp;A webinar is scheduled for 4/9.</p>
<h3>2. CE audit</h3><p>2,118 pharmacist licenses were randomly selected for the 2024 renewal audit. Remember: 2 hours of the 30 must be in opioid/controlled substance topics.</p>
<h3>3. Technician ratios</h3><p>Effective July 1, the pharmacist-to-technician ratio in community settings increases from 1:3 to 1:4 when at least one tech is nationally certified.</p>
<h3>4. Disciplinary actions</h3><p>Summaries are posted on the Board website.</p></body></html>""")

add('clean', 'news', '',
    'County Health Department <epi-bulletin@countyhealth-example.org>',
    'healthcare-partners@countyhealth-example.org',
    'Respiratory virus update, week 10: flu declining, RSV in LTC facilities',
    dt(2025, 3, 10, 12, 0),
    """COUNTY RESPIRATORY VIRUS SURVEILLANCE - MMWR WEEK 10 (ending 3/8/2025)

Influenza: 6.1% of specimens positive (down from 9.8% wk 9). 22 hospital
admissions county-wide, 3 deaths this season among adults 65+.
RSV: 4 outbreaks reported in long-term care facilities in the past 14 days
(definition: >=2 residents with lab-confirmed RSV within 72h). No facility
names are released.
COVID-19: wastewater levels low and stable.

Recommendations for LTC and pharmacy partners:
 - Continue offering RSV vaccine to residents 75+ and 60-74 at increased risk
 - Antiviral treatment for influenza in LTC residents should start without
   waiting for confirmatory testing; consider oseltamivir prophylaxis for
   the whole unit during an outbreak
 - Report outbreaks within 24h to 555-0100 (epi line)

County Epidemiology Program
""")

add('clean', 'news', '',
    'Tri-County Drug Supply <customerservice@tricountydrug.com>',
    'Cobalt Purchasing <purchasing@cobaltspecialtyrx.com>',
    'Weekly shortage & allocation update - 3/17',
    dt(2025, 3, 17, 6, 0),
    """WEEKLY SHORTAGE & ALLOCATION UPDATE

ON ALLOCATION (max per account per week)
  Pancrelipase (Creon) 24,000 unit caps .............. 6 bottles
  Methylphenidate ER 36 mg ........................... 2 bottles
  Semaglutide (Ozempic) 1 mg pens .................... allocation lifted 3/14
  Amoxicillin 400 mg/5 mL susp ....................... 12 bottles

BACKORDER (est. release)
  Liraglutide 18 mg/3 mL pens ........................ 4/7
  Albuterol 0.083% neb 25s ........................... 3/24
  Lidocaine 5% patch (Mfr B) ......................... TBD

RESOLVED
  Cefdinir 250 mg/5 mL, Dextroamphetamine IR 10 mg

Log in to TCD Connect for NDC-level detail. Your rep: Omar Haddad, 555-0174.
""")

add('clean', 'news', '',
    'ClearPath Rx Network Communications <network@clearpathrx.com>',
    'Network Pharmacies <network-pharmacies@lists.clearpathrx.com>',
    'Network Bulletin 2025-07: formulary updates effective 4/1/2025',
    dt(2025, 3, 3, 13, 0),
    """NETWORK BULLETIN 2025-07
To: All participating retail, LTC and specialty pharmacies

Formulary changes effective April 1, 2025 (Commercial and Exchange):

 PREFERRED ADDS:      adalimumab-adaz (biosimilar), ustekinumab-auub
 NON-PREFERRED:       Humira (all strengths) - existing members grandfathered
                      through 6/30/2025 with active PA
 STEP THERAPY ADDED:  tirzepatide for weight management requires trial of
                      a preferred GLP-1
 QUANTITY LIMIT:      sumatriptan 100 mg, 9 tabs per 30 days

Claims will return reject 75 (PA required) or 608 (step therapy) with
messaging. Pharmacies may submit a transition fill once per member.

Pharmacy help desk: 1-800-555-0172 (BIN 610442).
""")

add('clean', 'news', '',
    'The Independent Pharmacist <enews@indiepharmassn.org>',
    'gary.lutz@larkspurrx.com',
    'eNews: MTM payments up 18%, compounding survey results, DIR fee wrap-up',
    dt(2025, 3, 12, 6, 45),
    """The Independent Pharmacist - eNews, March 12

* MTM revenue is growing: member pharmacies reported an average 18% increase
  in paid CMRs in 2024. Median completion rate for targeted med reviews was 64%.
* Compounding survey: 71% of respondents compound nonsterile preparations,
  22% also do veterinary. Top requested: BHRT creams, pediatric oral suspensions,
  pain creams, and "magic mouthwash".
* DIR fees: what the point-of-sale change meant for cash flow - webinar recording.
* Member spotlight: a family-owned pharmacy that runs a same-day delivery service
  for two nursing homes with just one van.

Read online | Update preferences | Unsubscribe
""",
    html="""<html><body style="font-family:Georgia;max-width:600px">
<h2 style="color:#1f4e79">The Independent Pharmacist &ndash; eNews</h2><p><i>March 12</i></p>
<ul><li><b>MTM revenue is growing:</b> member pharmacies reported an average 18% increase in paid CMRs in 2024. Median completion rate for targeted med reviews was 64%.</li>
<li><b>Compounding survey:</b> 71% of respondents compound nonsterile preparations, 22% also do veterinary. Top requested: BHRT creams, pediatric oral suspensions, pain creams, and &ldquo;magic mouthwash&rdquo;.</li>
<li><b>DIR fees:</b> what the point-of-sale change meant for cash flow &ndash; webinar recording.</li>
<li><b>Member spotlight:</b> a family-owned pharmacy that runs a same-day delivery service for two nursing homes with just one van.</li></ul>
<p style="font-size:10px"><a href="#">Read online</a> | <a href="#">Update preferences</a> | <a href="#">Unsubscribe</a></p></body></html>""")

# ---------------------------------------------------------------------------
# CLEAN: staff
# ---------------------------------------------------------------------------

add('clean', 'staff', '',
    'Marcy Delacroix <mdelacroix@larkspurrx.com>',
    'Gary Lutz <glutz@larkspurrx.com>',
    'BUD on the baclofen susp - can we go 90 days?',
    dt(2025, 3, 3, 13, 5),
    """Gary,

Question on the master formulation for baclofen 5 mg/mL in Ora-Blend. We've been
putting 35 days BUD (what the old MFR said). The published stability study we
have shows 35 days refrigerated, but the new <795> default for aqueous oral is
only 35 days anyway unless we have our own stability data, so I think we're
stuck at 35 - can you double check? Parents keep asking for bigger quantities.

Also the lot of Ora-Blend we got Friday has a short expiry (5/2025), might be a
problem for anything with a long BUD.

Marcy
""")

add('clean', 'staff', '',
    'Priyanka Nair <pnair@cobaltspecialtyrx.com>',
    'Clinical Pharmacists <clinical-rph@cobaltspecialtyrx.com>',
    'interaction question - apixaban + fluconazole, how are you all handling?',
    dt(2025, 3, 14, 15, 40),
    """Curious how others approach this. Had a case this week (woman in her 70s,
on apixaban 5 BID for afib, normal renal function) where a 14-day course of
fluconazole 200 was added for a fungal infection. Lexi says moderate, monitor;
some references suggest considering a dose reduction for strong CYP3A4
inhibitors but fluconazole is only moderate.

I ended up calling the prescriber, who kept the dose and we counseled on bleeding
signs. Would any of you have pushed for a change? Thinking we should write a
short team guidance for azoles + DOACs.

Priyanka
""")

add('clean', 'staff', '',
    'Nadia Forsberg <nforsberg@meridianltc.com>',
    'Clinical Pharmacists <clinical@meridianltc.com>',
    'on-call expectations starting April',
    dt(2025, 3, 20, 17, 15),
    """Team,

Summarizing what we agreed at Tuesday's meeting for after-hours on-call:

 - phone answered within 15 min, STAT antibiotics/anticoagulants out within 4h
 - e-kit override approvals: verify the order in the portal before approving,
   no verbal-only approvals
 - pain management: if a hospice nurse calls with uncontrolled pain, page the
   prescriber yourself rather than telling the nurse to do it
 - document every call in the on-call log, even "no action"

Rotation: Keisha wk 1, Joy wk 2, me wk 3, Tomasz (covering from Cobalt) wk 4.
On-call phone hands off Mondays at 8am.

Nadia Forsberg, PharmD, BCGP
Director of Clinical Services, Meridian LTC Pharmacy
""")

add('clean', 'staff', '',
    'Gary Lutz <glutz@larkspurrx.com>',
    'Dr. Kowalczyk <akowalczyk@eastgatefm.com>',
    'biosimilar / interchangeable substitution - your preference?',
    dt(2025, 3, 5, 12, 30),
    """Dr. Kowalczyk,

Quick policy question, not about any particular patient. With ClearPath moving
Humira to non-preferred in April, we're going to see a lot of adalimumab
switches. Since adalimumab-adaz is designated interchangeable, we can
substitute at the pharmacy without a new Rx.

Would you like us to substitute automatically and notify your office after,
or call first each time? Same question for the insulin glargine biosimilars.
Happy to follow whatever standing preference you give us.

Thanks,
Gary Lutz, RPh, FIACP
Larkspur Apothecary & Compounding
""")

add('clean', 'staff', '',
    'Joy Macaraeg <jmacaraeg@meridianltc.com>',
    'DON Willowbrook <don@willowbrookcare.com>',
    'Q1 psychotropic stewardship numbers for QAPI',
    dt(2025, 3, 25, 10, 0),
    """Hi Donna,

For Thursday's QAPI meeting, facility-level numbers only:

  Long-stay residents on an antipsychotic:   14 of 118  (11.9%, was 16.1% in Q3)
  GDR attempts this quarter:                 9  (6 successful, 3 resumed)
  PRN psychotropics > 14 days without eval:  0  (was 4)
  Residents on 3+ CNS-active meds:           21

Nice work by the unit 2 team especially. I'll bring the slide deck; no resident
names in it, those stay in the MRR reports.

Joy Macaraeg, PharmD, CGP
Consultant Pharmacist, Meridian LTC Pharmacy Services
""")

add('clean', 'staff', '',
    'Tomasz Wrobel <twrobel@cobaltspecialtyrx.com>',
    'Fulfillment Leads <fulfillment@cobaltspecialtyrx.com>',
    'summer cold chain - switch to 48h shippers from May 15',
    dt(2025, 3, 26, 9, 20),
    """Hi all,

After last summer's excursions (we replaced 37 shipments in July-August, mostly
biologics left on porches in the afternoon), clinical signed off on:

 1. 48-hour qualified shippers for all refrigerated product May 15 - Sept 30
 2. No Saturday deliveries for refrigerated product to ZIPs flagged "rural
    carrier" in the routing table
 3. Patients get a text at out-for-delivery with a "what to do if warm" link
 4. Pharmacist call required for any reported excursion before replacement

Quality will update SOP FUL-014. Training for packers the week of 5/5.

Tomasz Wróbel, PharmD
Clinical Operations, Cobalt Specialty Pharmacy
""")

add('clean', 'staff', '',
    'Tyler Quan <tquan@larkspurrx.com>',
    'Shawn Mireles <smireles@larkspurrx.com>',
    'reject codes cheat sheet?',
    dt(2025, 3, 11, 16, 2),
    """hey shawn, do we have a cheat sheet for the reject codes? i keep having to
look them up. the ones i get the most:

79 refill too soon - when can i do a vacation override vs just tell them the date
75 PA required - do we fax the office or do they do covermymeds themselves
70 not covered - same as 75??
88 DUR reject - do i need you every time
MR product not on formulary

also what's the rule on partial fills when insurance only pays for 15 days

thanks
tyler
""")

# ---------------------------------------------------------------------------
# CLEAN: training
# ---------------------------------------------------------------------------

add('clean', 'training', '',
    'Jordan Pike <jpike@caresuiteehr.com>',
    'Ray Ostrowski <rostrowski@meridianltc.com>',
    'CareSuite pharmacy interface - test messages for validation',
    dt(2025, 3, 12, 14, 30),
    """Hi Ray,

For the 8.15 interface validation, please run these test messages through your
TEST engine (not prod). These are synthetic patients from our certification
environment - ZZ-prefixed, not real residents.

MSH|^~\\&|CARESUITE|TESTFAC|MERIDIAN_RX|MERIDIAN|20250312100000||RDE^O11^RDE_O11|TST000101|T|2.5.1
PID|1||ZZ000001^^^TESTFAC^MR||ZZTEST^PATIENT^ONE||19000101|F|||123 TEST ST^^ANYTOWN^CT^00000
PV1|1|I|1^999^A^TESTFAC
ORC|NW|TSTORD01
RXE|^^^^^^1^D|00000000000^Acetaminophen 325 mg tablet^NDC|650||mg|TAB|Take 2 tabs every 6 hours as needed

MSH|^~\\&|CARESUITE|TESTFAC|MERIDIAN_RX|MERIDIAN|20250312100100||RDE^O11^RDE_O11|TST000102|T|2.5.1
PID|1||ZZ000002^^^TESTFAC^MR||ZZTEST^PATIENT^TWO||19000101|M|||123 TEST ST^^ANYTOWN^CT^00000

Note MSH-11 = T. Expected: both accepted, second one rejected by your side for
missing RXE (that's the negative test).

Jordan Pike
Interface Analyst, CareSuite EHR
""")

add('clean', 'training', '',
    'Minh Tran <mtran@larkspurrx.com>',
    'Dana Whitfield <dwhitfield@larkspurrx.com>',
    'practice scripts for your first week',
    dt(2025, 3, 31, 17, 40),
    """Hi Dana, welcome!! Here are the practice scripts we use in the TRAINING
profile in ScriptLine. Don't type these into a real profile - log into the
TRAIN store (store #999) first.

1) John Doe, DOB 01/01/1900, 1 Training Way
   amoxicillin 500 mg caps, 1 cap TID x 10 days, #30, RF 0
   Prescriber: Dr. Test Prescriber, NPI 1234567893
2) Jane Doe, DOB 01/01/1900
   lisinopril 10 mg, 1 daily, #90, RF 3 - practice a 90-day claim
3) Baby Doe (pediatric) - amox 400/5, weight 15 kg - practice the mL calc

Try each one, then I'll show you how to reverse a claim. The test plan BIN is
999999, it always pays $1.00.

Minh
""")

add('clean', 'training', '',
    'Conduit Switch Services Certification <cert@conduitswitch.com>',
    'Billing - Meridian <billing@meridianltc.com>',
    'Cert environment results - D.0 test claims (account CND-11840)',
    dt(2025, 3, 21, 16, 0),
    """Your test transactions in the CERT environment completed. Summary:

  Test  Type  Patient (test)      Cardholder    Result
  T01   B1    TEST, TESTER A      TST00000001   Paid
  T02   B1    TEST, TESTER B      TST00000002   Rejected 75 (expected)
  T03   B2    TEST, TESTER A      TST00000001   Reversed
  T04   B1    SAMPLE, COMPOUND    TST00000003   Paid - compound segment OK
  T05   E1    TEST, TESTER C      TST00000004   Eligible (expected)

All 5 met expected outcomes. You are approved for production cutover 4/1.
Test data is synthetic and generated by the certification harness.

Conduit Certification Team
""")

add('clean', 'training', '',
    'MTM Program <mtm@cobaltspecialtyrx.com>',
    'New Hire Cohort <newhires-april@cobaltspecialtyrx.com>',
    'CMR call script - role play for Thursday',
    dt(2025, 3, 27, 11, 15),
    """Hi new team!

For Thursday's role play, pair up. One of you is the pharmacist, one is
"Sample Patient" - Jane Sample, age 72 (fictional), taking:
  - atorvastatin 40 mg nightly (PDC 58% - the targeted issue)
  - lisinopril 20 mg daily
  - metformin 1000 mg BID
  - OTC ibuprofen "most days" for knee pain

Script outline:
 1. Introduce yourself, confirm you're speaking with the member (2 identifiers)
 2. Explain the CMR and that it's free
 3. Go med by med: what it's for, how you take it, any problems
 4. Find the gap: why is she missing the statin?
 5. Take-away: personal medication list + action plan, mailed in 14 days

Grading rubric attached on Teams. Don't use any real member for practice!

Renata Solis
MTM Program Coordinator
""")

demo_rows = [
    ['patient_id', 'last', 'first', 'dob', 'facility', 'room', 'drug', 'sig'],
    ['DEMO-0001', 'Doe', 'John', '1900-01-01', 'Demo Nursing Home', '101A', 'Sample Drug A 10 mg', 'daily'],
    ['DEMO-0002', 'Doe', 'Jane', '1900-01-01', 'Demo Nursing Home', '101B', 'Sample Drug B 5 mg', 'BID'],
    ['DEMO-0003', 'Testpatient', 'Zz', '1900-01-01', 'Demo Nursing Home', '102A', 'Sample Drug C 250 mg', 'TID x7d'],
    ['DEMO-0004', 'Sample', 'Record', '1900-01-01', 'Demo Nursing Home', '102B', 'Sample Drug A 10 mg', 'qhs'],
]
add('clean', 'training', '',
    'Lena Hart <lhart@medpasspro.com>',
    'Nadia Forsberg <nforsberg@meridianltc.com>',
    'MedPass Pro demo follow-up + sample import file',
    dt(2025, 3, 13, 10, 10),
    """Hi Nadia,

Thanks for joining the demo Tuesday. As promised, attached is the sample import
file we used on screen (demo data only - fake facility, fake patients) so your
team can see the column layout for the cycle-fill upload.

The eMAR reconciliation and the "missed dose" dashboard you asked about are in
the 30-day sandbox; your login will come from noreply@medpasspro.com.

Best,
Lena Hart
Senior Account Executive, MedPass Pro | 555-0138
""",
    atts=[('medpass_demo_import.csv', csvtext(demo_rows), 'text/csv')])

add('clean', 'training', '',
    'Compliance <compliance@meridianltc.com>',
    'All Staff <allstaff@meridianltc.com>',
    'Annual HIPAA refresher - quiz examples (due 4/15)',
    dt(2025, 3, 28, 8, 0),
    """Annual HIPAA refresher is live in the LMS, due April 15.

A preview of the quiz format - all examples are made up:

  Q1. A driver texts dispatch: "pt in 999Z says delivery late." Is a room
      number alone PHI?  (Discuss - it depends on what else is in the message.)
  Q2. "Mrs. Example at Sample Manor" with her medication list is emailed to a
      personal Gmail. Is this a breach?  (Yes - report to Compliance within 24h.)
  Q3. You overhear a nurse discussing a resident at the grocery store...

Remember: minimum necessary, encrypt external email with [secure] in the
subject, and never put patient info in Teams chat titles.

Questions: Compliance hotline 555-0119 x299 (anonymous option available).

Meridian LTC Pharmacy Services - Compliance & Privacy
""")

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tot = {}
    for (l, k), n in sorted(COUNT.items()):
        print('%s-%s: %d' % (l, k, n))
    print('total', len(ROWS))
