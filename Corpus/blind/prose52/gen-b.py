#!/usr/bin/env python3
# Blind evaluation mail set: tribal health clinic + migrant/seasonal farmworker health centre.
# All people, numbers and organisations are invented.
import sys, os, io, csv, zipfile, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

SEED = 5202
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []

def D(mo, d, h, mi, off=-7, y=2024):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=off))))

def mk(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
       cte=None, cc=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, html=html, atts=list(atts),
                     cte=cte, cc=cc, extra=extra or {}))

def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return bio.getvalue()

def xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))

def xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sr = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, xesc(v))
                        for ci, v in enumerate(row))
        sr.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sr))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zbytes(files)

def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()

def htmlize(text):
    paras = text.strip().split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + xesc(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')

# ---------------------------------------------------------------------------
# Signatures and disclaimers
CH_DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential information protected by law. If you are
not the intended recipient, please notify the sender and destroy all copies. Cedar Hollow
Tribal Health Clinic - Serving our relatives since 1978."""

VS_DISC = """
--
Valle del Sol Community & Farmworker Health | Salud para toda la familia
AVISO: Este mensaje puede contener informacion confidencial. / This message may contain
confidential information. If received in error please delete it and notify the sender."""

# ===========================================================================
# PHI - care
mk('phi', 'care', 'Begay',
   'Darlene Yellowhorse <dyellowhorse@cedarhollowhealth.org>',
   'Ruth Whitecloud MD <rwhitecloud@cedarhollowhealth.org>',
   'loretta b - A1c today', D(5, 14, 15, 42, -6),
"""Dr W,

Loretta Begay came in for her 3 month diabetes visit this afternoon. A1c was 9.8, up from 8.1 in February. She told me she quit the metformin about 6 wks ago bc of stomach upset and didn't want to bother anybody about it.

I switched her to the extended release 500mg x2 with supper per the standing order and we went over taking it with food. Foot check done - monofilament intact R foot, decreased sensation L 2nd-4th toes, no open areas. I put in the podiatry referral and she wants the CHR to come out to the house for BP checks since her grandson can't always drive her.

Can you sign the order when you get a chance? She's back in 4 weeks, 6/11 at 1030.

Darlene Yellowhorse, RN, CDCES
Diabetes Program | Cedar Hollow Tribal Health Clinic
(406) 555-0142 ext 218
""" + CH_DISC)

mk('phi', 'care', 'Paredes Cruz',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'sent one of yours to L&D from the van', D(5, 15, 19, 8),
"""Nayeli -

heads up, saw Yesenia Paredes Cruz at the Sunridge camp stop this afternoon. she's 28+2 by LMP. BP 142/92, repeat 15 min later 138/90, 1+ protein on dip, c/o headache since this morning, no vision changes. fundal height 31.

I didn't like it so I sent her over to St Brendan L&D triage for labs and monitoring. Maribel drove her in her own car bc the husband was still out picking. I called report to the triage charge nurse (Kendra?) around 5:15.

can you or someone from Madres Sanas f/u tomorrow am and see what they did? her cell is in the chart, she answers whatsapp better than calls.

thx
E.

Esteban Ruelas, MD
Medical Director, Mobile Health Program
Valle del Sol Community & Farmworker Health
""" + VS_DISC)

mk('phi', 'care', 'Old Elk',
   'Shawna Lonefight <slonefight@cedarhollowhealth.org>',
   'Ruth Whitecloud MD <rwhitecloud@cedarhollowhealth.org>, Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'FW: Discharge - Old Elk, Franklin', D(5, 13, 16, 5, -6),
"""FYI - hospital discharge summary came through the PRC inbox. Jolene can you set up the home visits? He lives out past the Spring Creek turnoff.

Shawna Lonefight
Purchased/Referred Care Coordinator

-----Original Message-----
From: Case Management <casemgmt@stbrendan-rmc.org>
Sent: Monday, May 13, 2024 2:47 PM
To: PRC Referrals <prc@cedarhollowhealth.org>
Subject: Discharge - Old Elk, Franklin

Good afternoon,

Mr. Franklin Old Elk was admitted to St. Brendan Regional on 05/09/2024 through the ED for a wound on his left lower leg that was getting worse despite oral antibiotics. He received IV vancomycin, and general surgery did an incision and drainage at the bedside on 05/10. Cultures grew MRSA.

He was discharged home today on doxycycline 100 mg twice daily x 10 days. He needs dressing changes (wet-to-dry) twice a week and a wound check in clinic within 5-7 days. Blood sugars ran 200-260 while inpatient; his insulin glargine was increased from 22 to 28 units at bedtime.

Please let us know if your PRC office needs anything else for authorization of the inpatient stay.

Thank you,
Pam Kowalski, RN
Case Management, St. Brendan Regional Medical Center
Phone 406-555-0177 | Fax 406-555-0178
""")

mk('phi', 'care', 'Redhawk',
   'Kevin Osei PharmD <kosei@cedarhollowhealth.org>',
   'Ruth Whitecloud MD <rwhitecloud@cedarhollowhealth.org>',
   'INR high - Tamara', D(5, 16, 11, 20, -6),
"""Ruth,

Tamara Redhawk's INR came back 4.2 this morning at the anticoag clinic (was 2.6 two weeks ago). No bleeding, no bruising she noticed. Turns out urgent care in town started her on Bactrim DS on Monday for a bladder infection, which would explain it.

I had her hold tonight's warfarin and take 2.5 instead of 5 tomorrow, then resume 5 mg daily. Recheck Friday 5/17. I told her to call if she gets any nosebleeds, blood in urine or black stools.

Might be worth asking urgent care to call us before starting antibiotics on our anticoag folks... she's the third this spring.

Kevin

Kevin Osei, PharmD, BCACP
Clinical Pharmacist / Anticoagulation Clinic
Cedar Hollow Tribal Health Clinic
""")

mk('phi', 'care', 'Mendoza Quispe',
   'Lupita Ochoa <lochoa@valledelsolhealth.org>',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'home visit notes - Kessler housing', D(5, 17, 20, 31),
"""Dr Ruelas,

went to Kessler housing tonight after work hours like we talked about.

Aurelio Mendoza Quispe (unit 4) - fingerstick 287 before dinner. He's been out of his insulin pens since Tuesday, the crew leaves at 5am and gets back after the pharmacy closes so he couldnt pick up. I gave him 2 pens from the sample closet (lantus) like you said and re-did the pen teaching bc he was using the same needle all week. His daughter Flor will pick up the refill Saturday at the Walgreens on 3rd.

He also showed me his left foot, there's a blister on the heel from the work boots, no redness. I told him to come to the van Saturday so someone can look.

Also the sharps container is full, I brought a new one.

Lupita Ochoa, CHW
Programa Dulce Vida
Valle del Sol Community & Farmworker Health
cel 509-555-0166
""")

mk('phi', 'care', 'Lonetree',
   'Melissa Fourstar LCSW <mfourstar@cedarhollowhealth.org>',
   'Ruth Whitecloud MD <rwhitecloud@cedarhollowhealth.org>',
   'Kyle L - session 3 update', D(5, 21, 17, 2, -6),
"""Hi Dr. Whitecloud,

Quick update on Kyle Lonetree (14). Saw him today for his third session. His PHQ-A is down from 17 at intake to 11 today. He's sleeping better, back to going to school most days, and he's been going to drum group on Wednesdays with his uncle. We reviewed the safety plan again with his grandmother, who still has the hunting rifles locked at her brother's place.

He and grandma both asked whether he can stay on the sertraline 50 mg - he says no side effects except some stomach ache the first week. I'd support continuing. Next session 6/4.

Thanks,
Melissa

Melissa Fourstar, LCSW
Behavioral Health | Cedar Hollow Tribal Health Clinic
""" + CH_DISC,
   cte='quoted-printable')

mk('phi', 'care', 'Ayala',
   'St Brendan Imaging <imaging-results@stbrendan-rmc.org>',
   'Madres Sanas Prenatal <madressanas@valledelsolhealth.org>',
   'Result notification: OB US - AYALA, GRACIELA', D(5, 20, 9, 47),
"""*** RESULT NOTIFICATION - DO NOT REPLY TO THIS MAILBOX ***

Patient: AYALA, GRACIELA
Ordering provider: SANTOS, NAYELI CNM
Exam: US OB DETAILED ANATOMY >= 14 WKS
Exam date: 05/20/2024 08:10

FINDINGS:
Single live intrauterine pregnancy. Fetal heart rate 148 bpm. Biometry consistent with 19 weeks 3 days, in agreement with prior dating. Estimated fetal weight 281 g. Placenta posterior, no previa. Amniotic fluid normal.
Anatomy survey complete except for limited views of the outflow tracts due to fetal position.

IMPRESSION:
1. Single live IUP at 19w3d, appropriate growth.
2. Incomplete cardiac views. Recommend follow-up ultrasound in 4 weeks to complete the survey.

Electronically signed by: Andrew Pelletier, MD  05/20/2024 09:41

St. Brendan Regional Medical Center - Department of Imaging
""",
   html=None)

mk('phi', 'care', 'Tsinnijinnie',
   'Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'Darlene Yellowhorse <dyellowhorse@cedarhollowhealth.org>',
   'RE: eye pictures from health fair', D(5, 22, 10, 14, -6),
"""Darlene - the tele-eye reader sent back Harold's pictures. Harold Tsinnijinnie, the one from the Spring Creek health fair, who drives the school bus. They said bleeding spots and swelling in the back of both eyes, needs to see the retina doctor in Billings within a month. I already started the PRC paperwork. He doesn't have a phone right now so I'll drive out tomorrow and tell him in person and see if his sister can take him.

Jolene

-----Original Message-----
From: Darlene Yellowhorse
Sent: Tuesday, May 21, 2024 4:02 PM
To: Jolene Manygoats
Subject: eye pictures from health fair

Did we hear back on the retinal camera pics yet? There were 11 from the fair.
""")
# ===========================================================================
# PHI - names
mk('phi', 'names', 'Nguyễn',
   'Lan Tran <ltran@valledelsolhealth.org>',
   'Front Desk Mobile <mobilefrontdesk@valledelsolhealth.org>',
   'Nguyễn Thị Hạnh - f/u ultrasound moved', D(5, 16, 13, 55),
"""moved to thurs 5/23 2pm at the main clinic instead of the van, she can't get off the packing line before then. vietnamese interpreter booked (me). she still needs the bloodwork before, can someone call her husband's number to remind her to fast.

- Lan
""")

mk('phi', 'names', 'Okonkwo',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'add to Thurs class', D(5, 18, 8, 3),
"""Grace can you pls add Okonkwo, Chidinma to the Madres Sanas Thursday group? She just transferred care from Spokane, 22 wks, G2P1, prior c-section. Needs her 1 hr glucose at the 24-28 wk visit and we're still waiting on her records from the old OB. English is fine, no interpreter.

thank you!!
N
""")

mk('phi', 'names', 'Abdelrahman',
   'Front Desk <frontdesk@valledelsolhealth.org>',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'phone msg - Mrs. Abdelrahman', D(5, 20, 10, 41),
"""Dr. Ruelas,

Mrs. Abdelrahman's daughter (Samira) called this morning. Her mother's blood pressure readings at home have been 170s/100s all weekend on the cuff we gave her, and she's had a headache off and on. She's been taking the amlodipine but the daughter thinks she stopped the water pill because she has to go to the bathroom too much at work in the orchard.

Samira asked if her mom can be seen today. She speaks English, mom needs Arabic interpreter. Callback 509-555-0121.

- Yolanda, front desk
""")

mk('phi', 'names', 'de la Cruz',
   'Hector Villalobos <hvillalobos@valledelsolhealth.org>',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'Re: stitches / work note', D(5, 22, 14, 12),
"""Doc, Mr. de la Cruz came by the van at lunch. Nurse took out the stitches from his hand (the pruning shear cut from 2 weeks ago), looks healed, no pus. He's asking for a note so the foreman at Bautista lets him go back to light duty, no shears for another week. Can you sign it? I left the form in your box.

Hector

On Wed, May 8, 2024 at 4:20 PM Esteban Ruelas <eruelas@valledelsolhealth.org> wrote:
> Juan Pablo de la Cruz Hernández - 6 sutures L palm, tdap given today.
> remove in 10-14 days, ok to do on the van.
""")

mk('phi', 'names', 'Ximena',
   'Maribel Cortez <mcortez@valledelsolhealth.org>',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'ximena - missed 36 wk', D(5, 23, 18, 40),
"""hi Nayeli, its about Ximena from the Bautista berry crew, the one with the 3 little ones who missed her 36 week appt on Tuesday. she texted me, she is staying at her sister's in Vista Grande for now bc their trailer flooded. baby is moving good she says, no bleeding, no water.

she still needs her strep B swab and the last blood test. can we see her at the Vista Grande stop on Monday or do we send her to the Vista Grande clinic?

Maribel
promotora - Madres Sanas
""")

mk('phi', 'names', 'Hrytsenko',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'Referrals <referrals@valledelsolhealth.org>',
   'URGENT ortho referral: Hrytsenko, Oleksandr', D(5, 24, 12, 2),
"""Please send today - Sunridge's H-2A supervisor brought him in after he fell off a 10 ft orchard ladder. Hrytsenko, Oleksandr. X-ray here shows displaced distal radius fracture R wrist, splinted, neurovascularly intact. Needs ortho within 3-5 days. Speaks Ukrainian & some Russian, used the phone interpreter line.

L&I claim - the supervisor has the employer info. He does not have a car, Sunridge says they'll transport.

ER
""")

mk('phi', 'names', 'Sandhu',
   'Dulce Vida Program <dulcevida@valledelsolhealth.org>',
   'Kevin Ma <kma@valledelsolhealth.org>',
   'Gurpreet Singh Sandhu labs', D(5, 27, 9, 15),
"""Kevin - Mr. Sandhu's labs from Thursday are back. Gurpreet Singh Sandhu, the truck driver for Kessler. Kidney function is down a bit (eGFR 54 from 68) and potassium 5.4. He's on lisinopril 40 and the metformin 1000 bid. Dr. R wants the pharmacist to review doses before his visit Wednesday. He prefers Punjabi, his son usually interprets but we should book a real interpreter.

thanks
Rosario
Dulce Vida
""", cte='base64')

mk('phi', 'names', 'Runs Above',
   'Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'Transport <transport@cedarhollowhealth.org>',
   'grandpa Walter dialysis rides', D(5, 28, 7, 50, -6),
"""Morning,

Walter Runs Above's Tues/Thurs/Sat dialysis rides to the Billings unit - his granddaughter can't drive him anymore starting June, she got a job in Great Falls. Can we add him to the van run? Chair time is 6:15am, he's usually done around 10:30. He uses a walker and needs help with the step. His fistula arm is the left one, don't let anyone grab that side.

Thanks,
Jolene Manygoats, CHR
Community Health Representative Program
""" + CH_DISC)
# ===========================================================================
# PHI - self
mk('phi', 'self', 'Spotted Wolf',
   'Marcy SW <marcyspottedwolf79@gmail.com>',
   'Pharmacy <pharmacy@cedarhollowhealth.org>',
   'refill please', D(5, 13, 21, 7, -6),
"""Hi my name is Marcella Spotted Wolf, dob 02/11/1979. I need a refill on my lisinopril 20 and the metformin, I ran out Sunday. I tried calling the refill line but it just rings. Can I pick up at the window tomorrow after 4? Also my sugar meter strips are almost gone.

Thank you
Marcy
""")

mk('phi', 'self', 'Tzoc',
   'Rosa Tzoc <rosatzoc.88@yahoo.com>',
   'info@valledelsolhealth.org',
   'eye test for my son', D(5, 14, 19, 12),
"""Hello,

I am the mom of Brayan Tzoc, he is 7 years. The school nurse at Pinecrest send a paper home that he failed the eye test and need to see the eye doctor for glasses. Can you do the eye exam on the mobile clinic when it comes to Kessler? We dont have a car for go to town.

Also he still need the second hepatitis A shot, the nurse said. His birthday is 9/2/2016 if you need.

Thank you very much
Rosa
""")

mk('phi', 'self', 'Salinas',
   'Rigo Salinas <rigosalinas.tractor@hotmail.com>',
   'Mobile Clinic <mobile@valledelsolhealth.org>',
   'the pills for my back', D(5, 20, 5, 48),
"""good morning. this is Rigoberto Salinas, i was at your van on saturday at Kessler farms for my back pain when i lifted the bins. the doctor gave me the muscle relaxer pills (cyclobenzaprine?) and ibuprofen. the pills make me very sleepy and i drive the tractor in the morning, can i stop them or only take at night?

the back is a little better.

rigo
""")

mk('phi', 'self', 'Yazzie',
   'Destiny Yazzie <destinyy.2001@gmail.com>',
   'Madres Sanas Prenatal <madressanas@valledelsolhealth.org>',
   'my glucose test', D(5, 21, 22, 33),
"""Hi it's Destiny Yazzie. I got my glucose test result in the portal and it says 168 and it's red. Does that mean I have to do the 3 hour one? I'm 26 weeks. I work at the packing house Mon-Fri so can I do it on a Saturday? I don't want to lose a day.

Also is it ok that I've been getting really bad heartburn at night.

Thanks
Destiny
""",
   html="""<html><body><div dir="ltr">Hi it's Destiny Yazzie. I got my glucose test result in the portal and it says 168 and it's red. Does that mean I have to do the 3 hour one? I'm 26 weeks. I work at the packing house Mon-Fri so can I do it on a Saturday? I don't want to lose a day.<div><br></div><div>Also is it ok that I've been getting really bad heartburn at night.</div><div><br></div><div>Thanks</div><div>Destiny</div></div></body></html>
""")

mk('phi', 'self', 'Whitebird',
   'Charlene Whitebird-Ross <cwhitebirdross@outlook.com>',
   'Cedar Hollow Clinic <info@cedarhollowhealth.org>',
   'Mom - PT after knee surgery', D(5, 23, 12, 26, -6),
"""To whom it may concern,

I am writing for my mother, Eunice Whitebird (born 4/19/1948). She had her right knee replaced at St Brendan on May 6 and came home May 9. The physical therapist at the hospital said she needs outpatient PT 2-3 times a week for 6 weeks but the place in Billings is 90 miles each way and she can't sit in the car that long yet.

Does your clinic have PT, or can the CHR program help with the exercises at home? She is also on the blood thinner shots (Lovenox) until May 30 and I'm doing them for her, but I go back to work in Helena on the 3rd.

Her chart number with you is 30-11-572 I think.

Thank you,
Charlene Whitebird-Ross
(406) 555-0108
""")

mk('phi', 'self', 'Villanueva',
   'Teodoro Villanueva <teovillanueva61@gmail.com>',
   'Dulce Vida Program <dulcevida@valledelsolhealth.org>',
   'Re: Recordatorio clase Dulce Vida / class reminder', D(5, 24, 19, 3),
"""yes I will be there thursday. my sugars are much better, 130s in the morning since the doctor change the insulin to 24 units at night. one time it was 68 after I skip lunch, I drank juice like you teach.

my wife wants to come also, ok?

Teodoro

On Fri, May 24, 2024 at 10:00 AM Dulce Vida Program <dulcevida@valledelsolhealth.org> wrote:
> Hola / Hello!
> Recordatorio: clase de Dulce Vida el jueves 30 de mayo, 6:00 pm, salon comunitario.
> Reminder: Dulce Vida class Thursday May 30, 6:00 pm, community hall.
> Traiga su glucometro / Bring your meter.
> Programa Dulce Vida - Valle del Sol
""")

mk('phi', 'self', 'Ek Canché',
   'Julián Ek <julian.ek.canche@gmail.com>',
   'Records <records@valledelsolhealth.org>',
   'records for my visa', D(5, 28, 20, 14),
"""Hello, I need my vaccine records and the result of the TB skin test for my H-2A visa renewal. The consulate appointment is June 12.

My name is Julián Ek Canché, fecha de nacimiento 30/07/1995. I got the TB test at your clinic in March and the doctor read it 2 days later, it was negative. I also had the tetanus shot that day after I cut my arm.

Can you send to this email or I have to come in person? I am at Sunridge until the end of the month.

Thank you
Julián
""")
# ===========================================================================
# PHI - ids
mk('phi', 'ids', '',
   'Client Services <clientservices@cascadiareflab.com>',
   'Lab <lab@valledelsolhealth.org>',
   'Specimen problem - Accession 24-CR-118204', D(5, 14, 7, 12),
"""Valle del Sol lab team,

The following specimen received 05/13 could not be resulted:

  Accession: 24-CR-118204
  Patient DOB: 3.4.88
  Your MRN: VS0041377
  Test: Basic metabolic panel (potassium)
  Problem: Specimen grossly hemolyzed - K+ not reportable

Please redraw at your earliest convenience. The patient's creatinine was flagged high on the prior draw (accession 24-CR-109877), so the ordering provider may want this prioritized.

Cascadia Reference Laboratory - Client Services
1-800-555-0150, option 2
""")

mk('phi', 'ids', 'Goodhouse',
   'Vera Nakai <vnakai@cedarhollowhealth.org>',
   'Utilization Review <ur@stbrendan-rmc.org>',
   'PRC auth PRC-24-00917 CT abd/pelvis', D(5, 15, 9, 36, -6),
"""Good morning,

Attached info for the CT you scheduled for Thursday. PRC authorization number is PRC-24-00917, valid 5/16/24 - 6/15/24, for CT abdomen/pelvis with contrast only.

Patient: Arlen Goodhouse
Chart 10-44-583
DOB 19660921
Tribal enrollment no. 4471-0093
Alternate resource: none (Medicaid application pending)

Reason on the referral is RLQ pain x3 wks and weight loss. If they add anything else (biopsy etc) please call us first or it won't be covered.

Vera Nakai
Billing / PRC Specialist
Cedar Hollow Tribal Health Clinic
406-555-0140 ext 203 | fax 406-555-0149
""" + CH_DISC)

mk('phi', 'ids', '',
   'Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'Nursing <nursing@cedarhollowhealth.org>',
   'wound care visits - Ridge Rd', D(5, 17, 14, 9, -6),
"""Need a nurse to go with me for the dressing changes starting Monday, 3x/wk (M-W-F). Elder at 1427 Ridge Rd, Lot 9, Cedar Hollow - the blue trailer behind the church. Ph (406) 555-0193, that's the daughter's.

He's home from the hospital after they took off two toes on the right foot. Wound vac is off, just packing now. Sugar was 310 when I stopped by yesterday so he probably needs a med check too.

J.
""")

mk('phi', 'ids', 'Coc Pop',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'Eligibility <eligibility@valledelsolhealth.org>',
   'Medicaid lapsed - prenatal pt', D(5, 20, 11, 3),
"""Hi team,

Claim for Lucía Coc Pop came back denied for her 5/21 prenatal visit - coverage terminated 4/30.

Member ID 7734019825
DOB 4 Mar 1988
Address on file: 88 Orchard Lane #3, Vista Grande

She's 31 weeks and has her growth ultrasound next week, so we really need pregnancy Medicaid reinstated. She said she never got the renewal letter, probably because they moved camps in April. Can someone help her with the renewal at the Thursday van stop? She speaks K'iche', Fermín can interpret.

Grace Ilagan
Outreach & Enrollment Manager
""")

mk('phi', 'ids', 'Crowfeather',
   'Patient Financial Services <pfs@stbrendan-rmc.org>',
   'PRC <prc@cedarhollowhealth.org>',
   'Guarantor acct 0091827736', D(5, 21, 13, 50, -6),
"""RE: Guarantor account 0091827736
Patient: CROWFEATHER, JESSIE
Service date: 04/02/2024
Services: Emergency dept visit level 5, CT head without contrast, laceration repair 4.1 cm
Balance: $4,912.40

Hello - this account remains unpaid after 45 days. Mr. Crowfeather indicated at registration that he is eligible for Purchased/Referred Care. Please confirm whether a PRC notification was received within 72 hours of the emergency visit, or we will transfer the balance to self-pay.

Thank you,
Dana Whitley
Patient Financial Services
St. Brendan Regional Medical Center
406-555-0188
""")

mk('phi', 'ids', 'Hernández',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'WIC Referrals <wicreferrals@columbiabasinhealthdistrict.org>',
   'WIC referral - newborn', D(5, 22, 15, 29),
"""Hello WIC team,

Referral for infant and postpartum mom:

Baby girl Hernández, born 05/02/2024 at 36 weeks, birth weight 2.41 kg, today's weight 2.58 kg. Breastfeeding with formula supplement 2 oz after feeds per pediatrics.
Mother: Xochitl Hernández Morales, our MRN 200-77-3319
Home: Sunridge Orchards housing, cabin 12
Cel: 509-555-0147 (whatsapp ok)
Language: Spanish

Mom has no transportation and works mornings at the packing shed starting June. Please let us know if your team can do the certification at our van stop on 6/3.

Nayeli Santos, CNM
Madres Sanas Prenatal Program
""" + VS_DISC)

mk('phi', 'ids', 'Pu',
   'Sandra Holt RN <sholt@rioseco-sd.org>',
   'Immunizations <immunizations@valledelsolhealth.org>',
   'student missing shots before fall', D(5, 29, 10, 22),
"""Hi,

I'm the district nurse for Rio Seco SD. One of your patients enrolling at Pinecrest for fall:

Andrés Pu
DOB 2017-11-23
State IIS ID 8841207

Registry shows only 1 MMR and no Tdap/dTaP booster after age 4. He can't start 2nd grade in Sept without them or a documented exemption. Family came from Guatemala in February and may have a paper card with more shots - can you check if you entered those?

Mom's number is (509) 555-0172, she's Mam-speaking, Spanish ok for the dad.

Sandra Holt, BSN, RN
District Nurse, Rio Seco School District
""")

mk('phi', 'ids', '',
   'Medical Records <hirecords@cedarhollowhealth.org>',
   'Release of Information <roi@stbrendan-rmc.org>',
   'records request fax didnt go thru', D(5, 30, 16, 1, -6),
"""Our fax line is down again so sending by email per your request. Records needed for pt R.T. seen in your ortho clinic:

MRN# 00482211 (yours) / our chart 48221
DOB 11/23/54
Medicare MBI 1EG4-TE5-MK73
Dates of service: 03/04/24 and 04/15/24 - op note, post-op visit notes, x-ray reports left shoulder

Signed authorization attached to the fax (will resend when line is up). Patient has a follow up with our provider 6/6 re: pain meds after the shoulder repair.

Thanks
Bernadette
Health Information Mgmt, Cedar Hollow Tribal Health Clinic
""")
# ===========================================================================
# PHI - lists
mk('phi', 'lists', 'Paredes',
   'Hector Villalobos <hvillalobos@valledelsolhealth.org>',
   'Mobile Team <mobileteam@valledelsolhealth.org>',
   'huddle - Sunridge stop Thurs 5/16', D(5, 16, 6, 10),
"""Morning team, huddle list for today. Gate code 4471, park by the packing shed not the bunkhouses.

* Paredes, Yesenia - 28w, BP recheck + urine (was 138/88 last wk)
* Mendoza Q., Aurelio - insulin pen teaching again, glucometer download, L heel blister
* Tzoc, Brayan 7y - vision screen + Hep A #2 (mom Rosa, Mam/Spanish)
* Ek Canché, Julián - TB read from Tues (left forearm)
* Abdelrahman, F. - BP check, needs Arabic line interpreter
* Salinas, Rigoberto - back pain f/u, ask about sleepiness on flexeril
* walk-ins after 11 - expect heat cramps, the crew started at 4am

Lunch is on Sunridge today (thanks Mrs. Kessler? no, Sunridge - Dale is bringing tamales).

Hector
Mobile Clinic Coordinator
""")

mk('phi', 'lists', 'Begay',
   'Darlene Yellowhorse <dyellowhorse@cedarhollowhealth.org>',
   'CHR Program <chr@cedarhollowhealth.org>',
   'overdue A1c list - can CHRs help?', D(5, 20, 8, 44, -6),
"""Hi all, these folks are overdue for A1c (>6 months) per the registry. If you're out that way this week could you remind them or do a point of care draw at the house? Thanks!! -Darlene

MRN\tName\tLast A1c\tDate\tCommunity\tNote
10-22-118\tBegay, Loretta\t9.8\t05/14/24\tCedar Hollow\t(done - remove)
10-31-442\tStanding Bear, Rodney\t10.4\t09/18/23\tSpring Creek\tno phone
10-07-903\tWhitehorse, Agnes\t7.9\t10/02/23\tCedar Hollow\tlives w/ daughter
10-55-210\tMorningstar, Travis\t11.2\t08/29/23\tLodge Pole\tdialysis eval pending
10-18-667\tLittle Owl, Bernice\t8.6\t11/01/23\tSpring Creek\tblind L eye, needs ride
10-40-015\tTallman, Gerald\t12.1\t07/15/23\tCedar Hollow\twon't come in, try home visit

Darlene Yellowhorse, RN, CDCES
""")

mk('phi', 'lists', 'Garcia Lopez',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'Maribel Cortez <mcortez@valledelsolhealth.org>, Grace Ilagan <gilagan@valledelsolhealth.org>',
   'Madres Sanas roster June - who needs what', D(5, 24, 16, 33),
"""Here's the June roster for the promotora calls. Pls call each one before their visit and remind about fasting/urine. The ones with ** have no ride.

 # | Name                      | EDD      | Wks | Lang    | Needs
---+---------------------------+----------+-----+---------+-------------------------------
 1 | Garcia Lopez, Maritza     | 07/09/24 | 35  | Spanish | GBS swab, Tdap**
 2 | Ayala, Graciela           | 10/04/24 | 20  | Spanish | repeat US 6/17 (heart views)
 3 | Coc Pop, Lucía            | 07/21/24 | 32  | K'iche' | Medicaid renewal!! growth US
 4 | Okonkwo, Chidinma         | 09/14/24 | 22  | English | 1hr GTT, old OB records
 5 | Yazzie, Destiny           | 08/20/24 | 26  | English | 3hr GTT (1hr was 168)
 6 | Paredes Cruz, Yesenia     | 08/05/24 | 29  | Spanish | BP 2x/wk, see L&D notes**
 7 | Ximena (Bautista crew)    | 06/18/24 | 37  | Spanish | GBS, CBC - at sister's in V.G.**

Nayeli
""")

mk('phi', 'lists', 'Morningstar',
   'Amos Red Cloud MD <aredcloud@cedarhollowhealth.org>',
   'Urgent Care Providers <ucproviders@cedarhollowhealth.org>',
   'sign-out Fri night', D(5, 24, 19, 5, -6),
"""sign out for the weekend, on call = me Sat, Dr W Sun.

PATIENT             AGE  ISSUE                               TO DO
------------------  ---  ----------------------------------  ---------------------------------
Morningstar, T.     44   K 5.9 on fri labs, missed dialysis  repeat K sat am, call if >6
Old Elk, Franklin   67   leg wound s/p I&D, on doxy          wound check sat, CHR sun dressing
Redhawk, Tamara     58   INR 4.2 on bactrim                  INR fri was 3.1, next mon
Crowfeather, J      29   head lac f/u, ?concussion sx        if HA worse -> CT via PRC
Lonetree, K         14   BH - safety plan on file            if grandma calls, page Melissa

-AR
""")

mk('phi', 'lists', 'Runs Above',
   'Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'Shawna Lonefight <slonefight@cedarhollowhealth.org>',
   'CHR home visit schedule wk of 6/3', D(5, 31, 15, 40, -6),
"""Shawna - here's next week's home visits for mileage and the PRC folks. Spreadsheet attached.

Jolene
""",
   atts=[('CHR_visits_wk0603.csv', csvtext([
       ['date', 'chr', 'client', 'dob', 'address', 'phone', 'reason'],
       ['06/03/2024', 'J. Manygoats', 'Runs Above, Walter', '08/14/1939', 'HC 62 Box 15, Lodge Pole', '406-555-0131', 'BP check; dialysis ride problem'],
       ['06/03/2024', 'J. Manygoats', 'Old Elk, Franklin', '01/27/1957', 'Spring Creek Rd mile 9', '406-555-0196', 'wound dressing, sugar log'],
       ['06/04/2024', 'T. Bird', 'Whitebird, Eunice', '04/19/1948', '312 Agency St, Cedar Hollow', '406-555-0108', 'knee replacement exercises, lovenox teaching'],
       ['06/05/2024', 'T. Bird', 'Standing Bear, Rodney', '12/02/1971', 'Spring Creek housing #22', '', 'A1c point of care, med reconciliation'],
       ['06/06/2024', 'J. Manygoats', 'Tallman, Gerald', '05/30/1962', '1427 Ridge Rd Lot 9', '406-555-0193', 'toe amputation wound packing'],
   ]), 'text/csv')])

mk('phi', 'lists', 'Hrytsenko',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'Dale Prescott <dprescott@sunridgeorchards.com>',
   'return to work list - Sunridge crew', D(6, 3, 10, 17),
"""Hi Dale,

As requested, attached is the return-to-work / restriction list for your workers we saw in May. Let me know if your HR needs the individual notes too.

Best,
Grace

Grace Ilagan
Outreach & Enrollment Manager
Valle del Sol Community & Farmworker Health
509-555-0110
""",
   atts=[('Sunridge_RTW_May2024.xlsx', xlsx([
       ['Worker', 'DOB', 'Visit date', 'Reason seen', 'Restriction', 'Until'],
       ['Hrytsenko, Oleksandr', '1990-02-17', '2024-05-24', 'R wrist fracture (ladder fall)', 'No ladder, no R hand use', 'ortho to clear'],
       ['de la Cruz Hernandez, Juan Pablo', '1983-06-09', '2024-05-22', 'hand laceration, sutures removed', 'No pruning shears', '2024-05-29'],
       ['Salinas, Rigoberto', '1977-10-30', '2024-05-18', 'low back strain', 'Lift < 25 lb; no tractor if drowsy', '2024-06-01'],
       ['Paredes Cruz, Yesenia', '1999-03-12', '2024-05-15', 'pregnancy - high BP', 'No field work in heat; packing shed ok', 'per OB'],
       ['Ek Canche, Julian', '1995-07-30', '2024-05-16', 'TB skin test read (neg)', 'None', ''],
   ], 'RTW'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

mk('phi', 'lists', 'Quispe Mamani',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'TB Program <tbprogram@columbiabasinhealthdistrict.org>',
   'H-2A crew TB screening - Kessler', D(6, 5, 17, 48),
"""Hi Marta,

Zipped file with the TB screening results for the Kessler H-2A crew (arrived 5/1). 23 screened, 2 positive IGRAs, both with normal chest x-rays - they're on the list with the CXR dates. We'd like to start 3HP for both through your program if they'll stay through August. Password for the zip was not set, sorry, our IT said the county server strips encrypted zips.

Esteban Ruelas, MD
""",
   atts=[('kessler_h2a_tb_2024.zip', zbytes([('kessler_h2a_tb_2024.csv', csvtext([
       ['last_name', 'first_name', 'dob', 'country', 'test', 'test_date', 'result', 'cxr', 'plan'],
       ['Quispe Mamani', 'Wilfredo', '1986-04-02', 'Peru', 'IGRA', '2024-05-06', 'POSITIVE', '2024-05-10 normal', '3HP - refer county'],
       ['Tun Chi', 'Ermilo', '1992-12-19', 'Mexico', 'IGRA', '2024-05-06', 'POSITIVE', '2024-05-10 normal', '3HP - refer county'],
       ['Ek Canche', 'Julian', '1995-07-30', 'Mexico', 'TST', '2024-03-12', '0 mm', '', 'none'],
       ['Poot May', 'Silverio', '1989-01-07', 'Mexico', 'IGRA', '2024-05-06', 'negative', '', 'none'],
       ['Hrytsenko', 'Oleksandr', '1990-02-17', 'Ukraine', 'IGRA', '2024-05-06', 'negative', '', 'none'],
       ['Caamal Dzib', 'Marcos', '2001-08-25', 'Mexico', 'IGRA', '2024-05-06', 'indeterminate', '', 'repeat'],
   ]))]), 'application/zip')])
# ===========================================================================
# PHI - struct
mk('phi', 'struct', 'Villanueva',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'Interface Support <support@meridianinterfaces.com>',
   'Ticket 58213 - A1c results not filing to chart', D(5, 15, 14, 2),
r"""Hi Priya,

Here's one of the messages that hit the error queue this morning (error: "OBX-5 value type mismatch"). The A1c came across with value type ST instead of NM and the EHR rejects it. Pasted as-is from the engine:

MSH|^~\&|CASCADIA|CRL|EHR|VSCFH|20240515061233||ORU^R01^ORU_R01|CRL24051500213|P|2.5.1
PID|1||VS0038820^^^VSCFH^MR||VILLANUEVA^TEODORO^M||19610318|M|||1150 N Cherry St^Apt 2^Vista Grande^WA^98901||(509)555-0139|||||||||||
PV1|1|O|MOBILE^VAN1||||1881234567^RUELAS^ESTEBAN
ORC|RE|VS-ORD-448120|24-CR-117650
OBR|1|VS-ORD-448120|24-CR-117650|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN|||20240513093000|||||||||1881234567^RUELAS^ESTEBAN||||||20240515061000|||F
OBX|1|ST|4548-4^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F|||20240515060500

We've got 14 of these since the lab's upgrade on Monday. Can you add a transform for OBX-2 or do we need to go back to Cascadia?

Tom Halvorsen
IT / EHR Analyst
Valle del Sol Community & Farmworker Health
""")

mk('phi', 'struct', 'Standing Bear',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'HIE Onboarding <onboarding@bigskyhie.org>',
   'ADT test failing on PV1 - sample attached', D(5, 17, 10, 30, -6),
"""Hi,

Per our call, attached is one of the ADT^A04 messages from Cedar Hollow's feed that your validator rejected (PV1-3 location). This is a production message, not test, so please delete after review.

Thanks,
Tom
(I support both Cedar Hollow and Valle del Sol on the shared EHR contract)
""",
   atts=[('adt_a04_0517.hl7', '\r'.join([
       r'MSH|^~\&|CHEHR|CHTHC|BSHIE|BSHIE|20240517083211||ADT^A04^ADT_A01|CH2405170083|P|2.5.1',
       r'EVN|A04|20240517083200',
       r'PID|1||10-31-442^^^CHTHC^MR~4471-1187^^^TRIBE^TE||STANDING BEAR^RODNEY^J||19711202|M||1002-5^American Indian or Alaska Native^CDCREC|SPRING CREEK HOUSING #22^^SPRING CREEK^MT^59011||(406)555-0154',
       r'PV1|1|O|CHUC||||1730099881^REDCLOUD^AMOS|||||||||||V2405170012',
       r'DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10',
       r'IN1|1|MTMCD|MT MEDICAID|||||||||||||||||||||||||||||||||||||||||M800771242',
   ]) + '\r', 'text/plain')])

mk('phi', 'struct', 'Coc Pop',
   'Vera Nakai <vnakai@valledelsolhealth.org>',
   'ClaimBridge Support <support@claimbridge-edi.com>',
   'rejected 837 - NM1 loop 2010CA', D(5, 21, 11, 45),
"""Hello,

Our batch from 5/20 got a 999 reject on this claim. Can you tell what's wrong with the subscriber loop? Segment pasted below (I took out the other claims in the file).

NM1*85*2*VALLE DEL SOL COMMUNITY HEALTH*****XX*1447722810~
N3*400 W CHESTNUT AVE~
N4*VISTA GRANDE*WA*989010000~
REF*EI*910000123~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*COC POP*LUCIA****MI*7734019825~
N3*88 ORCHARD LN APT 3~
N4*VISTA GRANDE*WA*98901~
DMG*D8*19880304*F~
NM1*PR*2*WA APPLE HEALTH*****PI*WAMCD~
CLM*VS240521017*210***11:B:1*Y*A*Y*Y~
HI*ABK:Z3483~
LX*1~
SV1*HC:99214:TH*210*UN*1***1~
DTP*472*D8*20240521~

Vera (I cover billing for both sites this month)
Valle del Sol Billing
""")

mk('phi', 'struct', 'Morningstar',
   'Eligibility Bot <noreply@claimbridge-edi.com>',
   'Vera Nakai <vnakai@cedarhollowhealth.org>',
   '271 response - request 0000487722', D(5, 22, 8, 4, -6),
"""Your real-time eligibility inquiry returned the following 271. Raw response:

ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*CHTHC0001      *240522*0804*^*00501*000487722*0*P*:~
GS*HB*CLAIMBRIDGE*CHTHC0001*20240522*0804*487722*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RT0000487722*20240522*0804~
HL*1**20*1~
NM1*PR*2*MONTANA MEDICAID*****PI*MTMCD~
HL*2*1*21*1~
NM1*1P*2*CEDAR HOLLOW TRIBAL HEALTH*****XX*1336901245~
HL*3*2*22*0~
TRN*2*RT0000487722*9CLAIMBRDG~
NM1*IL*1*MORNINGSTAR*TRAVIS*R***MI*M800661930~
N3*77 LODGE POLE LOOP~
N4*LODGE POLE*MT*59524~
DMG*D8*19800211*M~
EB*1*IND*30**FULL MEDICAID~
EB*1*IND*RN*MC*ESRD DIALYSIS~
DTP*291*D8*20240522~
MSG*ESRD BENEFIT ACTIVE - MEDICARE PRIMARY EFFECTIVE 20240601~
SE*17*0001~
GE*1*487722~
IEA*1*000487722~

This is an automated message from ClaimBridge EDI. Do not reply.
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "vs-200771102",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9981.1", "value": "200-77-1102"}],
        "name": [{"family": "Garcia Lopez", "given": ["Maritza"]}],
        "gender": "female",
        "birthDate": "2001-01-15",
        "telecom": [{"system": "phone", "value": "509-555-0163", "use": "mobile"}],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es"}]}, "preferred": true}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-bp-0523",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
        "subject": {"reference": "Patient/vs-200771102"},
        "effectiveDateTime": "2024-05-23T10:42:00-07:00",
        "component": [
          {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 128, "unit": "mm[Hg]"}},
          {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 84, "unit": "mm[Hg]"}}
        ]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-ga-0523",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "11884-4", "display": "Gestational age Estimated"}]},
        "subject": {"reference": "Patient/vs-200771102"},
        "valueQuantity": {"value": 34.3, "unit": "wk"}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Garcia Lopez',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'dev@prenatalconnect.io',
   'Re: FHIR bundle from our side - gestational age not showing', D(5, 24, 15, 18),
"""Hi Jordan,

Here's the exact bundle our EHR posted to your endpoint yesterday for one of our moms. Your app shows the BP but gestational age is blank on the dashboard. Is it the unit "wk" vs "wk" UCUM or are you expecting a different code?

""" + fhir + """
Tom

> On May 23, 2024, at 5:02 PM, Jordan Kessel <jordan@prenatalconnect.io> wrote:
> Can you send the raw JSON for one of the failing patients? Sandbox or prod is fine.
""")

mk('phi', 'struct', 'Whitehorse',
   'Bernadette Comes Last <bcomeslast@cedarhollowhealth.org>',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'CCD from St Brendan missing allergies?', D(5, 28, 13, 37, -6),
"""Tom, when I import St Brendan's CCDs the allergy section comes in empty. I opened the file in notepad and copied the top part. Is this their problem or ours?

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240527141500-0600"/>
  <recordTarget>
    <patientRole>
      <id extension="00519034" root="2.16.840.1.113883.3.7744.1"/>
      <addr use="HP"><streetAddressLine>406 Elm Ave</streetAddressLine><city>Cedar Hollow</city><state>MT</state><postalCode>59011</postalCode></addr>
      <telecom value="tel:+1-406-555-0125" use="HP"/>
      <patient>
        <name><given>Agnes</given><family>Whitehorse</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19520706"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
    <text>No information</text>
    <entry nullFlavor="NI"/>
  </section>
  <section>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <text><list><item>Congestive heart failure - admitted 05/22/2024, discharged 05/27/2024</item><item>Atrial fibrillation on apixaban</item></list></text>
  </section>

She is allergic to sulfa per our chart so it's definitely not "no information".

Bernadette
HIM
""")

mk('phi', 'struct', 'Crowfeather',
   'Vera Nakai <vnakai@cedarhollowhealth.org>',
   'Shawna Lonefight <slonefight@cedarhollowhealth.org>',
   'FW: 835 - PRC paid the ER claim?', D(5, 30, 10, 58, -6),
"""Shawna - is this the Crowfeather ER visit St Brendan keeps billing us for? The 835 shows it paid at the IHS rate last week so I'm not sure why they're sending to collections.

CLP*SB2404020881*1*4912.4*1630.55**MB*24143000991*13*1~
NM1*QC*1*CROWFEATHER*JESSIE****MI*4471-2209~
NM1*82*2*ST BRENDAN REGIONAL MEDICAL CENTER*****XX*1558833201~
DTM*232*20240402~
DTM*233*20240402~
SVC*HC:99285*2140*713.22**1~
CAS*CO*45*1426.78~
SVC*HC:70450*1980*659.87**1~
CAS*CO*45*1320.13~
SVC*HC:12032*792.4*257.46**1~
CAS*CO*45*534.94~

Vera
""")
# ===========================================================================
# PHI - lang
mk('phi', 'lang', 'Xicará Tum',
   'Maribel Cortez <mcortez@valledelsolhealth.org>',
   'Lupita Ochoa <lochoa@valledelsolhealth.org>',
   'doña Reyna - agujas de insulina', D(5, 15, 21, 2),
"""Hola Lupita,

te escribo por doña Reyna Xicará Tum, la señora de la cuadrilla de Bautista que habla k'iche'. Ayer en la visita su azúcar estaba en 340 en ayunas y dice que no se ha puesto la insulina desde el domingo porque se le acabaron las agujas y le da pena pedir. También tiene una herida en el pie derecho, arriba del dedo gordo, que no sana desde hace como 3 semanas, ya está morada la orilla.

El Dr. Ruelas quiere verla el sábado en la camioneta sin falta. ¿Le puedes llevar agujas mañana? Vive en el campamento de Bautista, cabaña 7, la de la lona azul. Su nieta Wendy le traduce si no está Fermín.

Gracias amiga
Maribel
Promotora de Salud - Valle del Sol
""")

mk('phi', 'lang', 'Mejía Santos',
   'Dinora Santos <dinora.santos.m@gmail.com>',
   'Clinica Movil <mobile@valledelsolhealth.org>',
   'mi niño sigue con calentura', D(5, 19, 16, 50),
"""Buenas tardes,

soy la mamá de Kevin Alexander Mejía Santos, nacio el 14 de agosto del 2019. El niño tiene calentura desde el jueves, anoche llegó a 39.5, y le salieron unas manchitas rojas en la panza y la espalda. La doctora de la clinica movil le dio amoxicilina el martes para el oido pero sigue igual y casi no quiere comer.

¿Lo puedo llevar mañana a la clinica grande? Yo trabajo en la empacadora hasta las 3 pero mi cuñada lo puede llevar en la mañana. ¿Necesita ella un papel mio?

Muchas gracias
Dinora Santos
509 555 0118
""")

mk('phi', 'lang', 'Jean-Baptiste',
   'Wideline JB <wideline.jbaptiste@gmail.com>',
   'Madres Sanas Prenatal <madressanas@valledelsolhealth.org>',
   'randevou pou egzamen sik', D(5, 22, 20, 15),
"""Bonjou,

Mwen se Wideline Jean-Baptiste, dat nesans mwen se 17/05/1996. Mwen ansent 30 semèn. Dokè a te di m pou m fè yon lòt egzamen san pou sik la (3 èdtan), men mwen pa t ka vini jedi paske mwen t ap travay nan jaden pòm yo. Èske m ka vini lendi maten?

Depi de jou pye m anfle anpil e tèt mwen fè m mal nan aswè. Èske se nòmal?

Mèsi anpil
Wideline
""",
   cte='quoted-printable')

mk('phi', 'lang', 'Ferreira dos Santos',
   'Fabiana Rocha <frocha@valledelsolhealth.org>',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'resumo - Sr. Claudionor (interpretacao)', D(5, 23, 17, 25),
"""Dr. Ruelas, desculpe escrever em português, estou no celular e o teclado está travado. Resumo da consulta de hoje que interpretei:

Sr. Claudionor Ferreira dos Santos, 52 anos, trabalha na leiteria Van Dyke. Queixa de dor no peito quando carrega os baldes, passa quando descansa. Pressão 160/100. O ECG deu normal. O senhor iniciou losartana 50 mg e AAS 81 e pediu teste de esforço no St Brendan - ele não tem seguro, precisa do desconto (sliding fee). Volta em 2 semanas.

Ele pediu para não contar ao patrão porque tem medo de perder o trabalho.

Abraço,
Fabiana Rocha
Intérprete médica (PT/ES)
""")

mk('phi', 'lang', 'Phạm',
   'Pham Minh Tuan <tuan.pham.m@gmail.com>',
   'info@valledelsolhealth.org',
   'ba tôi - huyết áp cao', D(5, 26, 21, 40),
"""Chào bác sĩ,

Tôi là con trai của ông Phạm Văn Lộc (sinh ngày 12/06/1950), bệnh nhân của bác sĩ Ruelas. Ba tôi đi chạy thận ba lần một tuần ở Yakima. Tuần này huyết áp của ba rất cao, 180/95, và ba bị sưng hai chân. Ba vẫn uống thuốc amlodipine mỗi sáng.

Bác sĩ có thể đổi thuốc huyết áp hoặc cho ba một cuộc hẹn sớm không? Ba không nói tiếng Anh, tôi sẽ đi cùng để phiên dịch.

Cảm ơn bác sĩ,
Phạm Minh Tuấn
(509) 555-0114
""",
   cte='base64')

mk('phi', 'lang', 'Macaraeg',
   'Rodel Macaraeg <rodel.macaraeg85@yahoo.com>',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'resulta ng xray ko po', D(5, 27, 18, 6),
"""Magandang hapon po Ma'am Grace,

Ako po si Rodelio Macaraeg, isa po sa mga H-2A workers sa Sunridge. Nagpa-check up po ako noong Sabado sa mobile clinic dahil sa ubo at lagnat, tapos pinag-x-ray po ako ng dibdib sa St Brendan. Sabi po ng doktor hintayin ko ang resulta. Lumabas na po ba?

Umiinom pa rin po ako ng antibiotic (azithromycin), tapos na po bukas, pero may ubo pa rin at pawis sa gabi. Kailangan ko po bang magpahinga sa trabaho? Ayaw ko po sanang mawalan ng sahod.

Salamat po,
Rodel
""")

mk('phi', 'lang', 'Al-Haddad',
   'Amal Al-Haddad <amal.haddad.family@gmail.com>',
   'Pediatrics <peds@valledelsolhealth.org>',
   'Youssef Al-Haddad - بخاخ للمدرسة', D(5, 29, 9, 12),
"""السلام عليكم،

اسمي أمل الحداد، أكتب بخصوص ابني يوسف الحداد، عمره ٩ سنوات، تاريخ الميلاد ١٠/٠٣/٢٠١٥. عنده ربو ويحتاج بخاخ جديد (فنتولين) لأن المدرسة تطلب واحداً في مكتب الممرضة. الأسبوع الماضي تعب في الليل مرتين واستعمل البخاخ.

أيضاً يحتاج نموذج الأدوية للمدرسة موقّعاً من الدكتور قبل يوم الجمعة.

شكراً جزيلاً
أمل
""", cte='base64')

mk('phi', 'lang', 'Ciobanu',
   'Ion Ciobanu <ion.ciobanu84@mail.ru>',
   'Mobile Clinic <mobile@valledelsolhealth.org>',
   'лекарство от сахара', D(5, 30, 20, 47),
"""Здравствуйте!

Меня зовут Ион Чобану, я работаю на ферме Кесслер (дата рождения 07.09.1984). 20 мая мне делали анализ крови в вашей мобильной клинике, доктор сказал, что у меня высокий сахар и холестерин. Мне выписали метформин 500 мг два раза в день и аторвастатин, но от метформина сильно болит живот и понос, работать в поле трудно.

Можно поменять лекарство или принимать только вечером?

Спасибо,
Ион
""")
# ===========================================================================
# CLEAN - admin
mk('clean', 'admin', '',
   'Hector Villalobos <hvillalobos@valledelsolhealth.org>',
   'Mobile Team <mobileteam@valledelsolhealth.org>',
   'van schedule June + generator service', D(5, 29, 15, 2),
"""Team,

June van schedule is below. Van 1 goes in for generator service Tues 6/11 (Pacific Power Systems, WO# 24-0631), so that day we'll run out of Van 2 only and skip the Bautista stop.

Mon 6/3   Sunridge Orchards (packing shed lot)   7:00-13:00   Van 1  Ruelas / Ochoa / Cortez
Tue 6/4   Kessler Family Farms (housing)         16:00-20:00  Van 1  NP Aldana / Ochoa
Wed 6/5   Vista Grande - St. Isidore parish lot   9:00-15:00   Van 2  Ruelas / Santos / Rocha
Thu 6/6   Bautista Berry Co. (north field)        6:30-11:30   Van 1  Aldana / Cortez
Sat 6/8   Kessler Family Farms                    8:00-13:00   Van 1  Ruelas / Ochoa / Xulu

Drivers: me (509-555-0170) and Chuy Lara (509-555-0171). If you need the van keys before 6am, the lockbox code changed to 2280.

Reminder that the AC in Van 2 is still weak - bring extra water and the cooling towels, and the vaccine fridge has to stay plugged into shore power at every stop.

Hector Villalobos
Mobile Clinic Coordinator
""")

mk('clean', 'admin', '',
   'ServiceDesk <servicedesk@valledelsolhealth.org>',
   'Lab <lab@valledelsolhealth.org>',
   '[INC0048213] Label printer Exam 4 - Resolved', D(5, 16, 12, 20),
"""Incident INC0048213 has been RESOLVED.

Short description: Zebra label printer in Exam 4 not printing specimen labels
Caller: Ana Aldana (x2241)
Assigned to: Tom Halvorsen
Priority: 3 - Moderate

Resolution notes:
Print driver had reverted to 4x6 after Windows update KB5037771. Reinstalled ZDesigner driver 8.6.1 and set stock to 2x1. Test label printed OK. Also cleaned the print head. If labels come out blank again, power-cycle the printer and call x2200.

Please reply within 5 days if the issue is not resolved; otherwise this incident will close automatically.

Valle del Sol IT Service Desk
x2200 | servicedesk@valledelsolhealth.org
""")

mk('clean', 'admin', '',
   'Accounts Receivable <ar@claimbridge-edi.com>',
   'Vera Nakai <vnakai@cedarhollowhealth.org>',
   'Invoice INV-20931 - May clearinghouse services', D(6, 1, 6, 0, -6),
"""Dear Customer,

Your invoice for May 2024 is attached to your ClaimBridge portal.

Invoice #: INV-20931
Account: 100-4432 (Cedar Hollow Tribal Health Clinic)
Billing period: 05/01/2024 - 05/31/2024
Claims submitted (837P/837I): 1,284 @ $0.28
Eligibility transactions (270/271): 3,910 @ $0.09
ERA (835) retrieval: flat $45.00
Total due: $756.42
Due date: 06/30/2024

Pay online at the portal or by ACH to the account on file. Questions? Call 1-888-555-0123, Mon-Fri 7-5 Central.

ClaimBridge EDI, LLC
""",
   html="""<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>Your invoice for May 2024 is attached to your ClaimBridge portal.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Invoice #</td><td>INV-20931</td></tr>
<tr><td>Account</td><td>100-4432 (Cedar Hollow Tribal Health Clinic)</td></tr>
<tr><td>Billing period</td><td>05/01/2024 - 05/31/2024</td></tr>
<tr><td>Claims submitted (837P/837I)</td><td>1,284 @ $0.28</td></tr>
<tr><td>Eligibility transactions (270/271)</td><td>3,910 @ $0.09</td></tr>
<tr><td>ERA (835) retrieval</td><td>flat $45.00</td></tr>
<tr><td><b>Total due</b></td><td><b>$756.42</b></td></tr>
<tr><td>Due date</td><td>06/30/2024</td></tr>
</table>
<p>Pay online at the portal or by ACH to the account on file. Questions? Call 1-888-555-0123, Mon-Fri 7-5 Central.</p>
<p>ClaimBridge EDI, LLC</p>
</body></html>
""")

mk('clean', 'admin', '',
   'Human Resources <hr@valledelsolhealth.org>',
   'All Staff <allstaff@valledelsolhealth.org>',
   'Welcome our new promotoras + orientation 6/10', D(6, 4, 9, 30),
"""Hello everyone,

Please join us in welcoming three new team members who start Monday, June 10:

- Yesenia Lara, Promotora de Salud (Madres Sanas) - Employee ID 40217, reports to Nayeli Santos
- Fermín Xulu, Medical Interpreter (K'iche'/Mam/Spanish) - Employee ID 40218, reports to Grace Ilagan
- Bao Nguyen, Community Health Worker (Dulce Vida) - Employee ID 40219, reports to Rosario Peña

New hire orientation runs 6/10-6/12, 8:00-4:30 in the main conference room. Day 2 includes HIPAA, CPR/BLS recertification, and EHR access setup; badges will be printed Monday morning (bring a photo ID for I-9).

Managers: please submit the IT access form by Friday 6/7 so accounts are ready. Open enrollment forms for medical/dental are due within 30 days of hire.

Thank you!
Cristina Delgado, SHRM-CP
HR Generalist | ext. 2105
""")

mk('clean', 'admin', '',
   'Facilities <facilities@cedarhollowhealth.org>',
   'All Staff <allstaff@cedarhollowhealth.org>',
   'Water shut off Sat 6/8 - work order WO-7781', D(6, 5, 13, 15, -6),
"""All,

Plains Mechanical will be replacing the water heater in the east wing (dental/lab side) this Saturday 6/8 from 7am to about 2pm. Water will be OFF to the whole building during that time. Work order WO-7781.

- Urgent care will run out of the modular unit Saturday; hand sanitizer and bottled water will be stocked.
- Dental sterilizer will be down; Dr. Kauffman's team already moved Saturday appointments.
- Generator load test is also moved to Saturday 8am, so expect the lights to flicker.

Questions call me at 406-555-0145 or my cell 406-555-0199.

Leonard Tall Bull
Facilities Supervisor
""")

mk('clean', 'admin', '',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'Interpreters <interpreters@valledelsolhealth.org>',
   'interpreter coverage wk of 6/17', D(6, 12, 16, 44),
"""Hi all - draft coverage for next week. Reply by Friday if something doesn't work. Telephonic line (acct 77120, PIN in the binder) is backup for everything else.

           Mon        Tue         Wed          Thu          Fri
Spanish    Rocha      Rocha       Tran(AM)     Rocha        Rocha
K'iche'    Xulu       Xulu(van)   -            Xulu(van)    Xulu
Mam        -          phone       Xulu(PM)     phone        -
Vietnamese Tran       -           Tran(AM)     Tran         -
Portuguese Rocha(PM)  -           -            -            Rocha(PM)
Arabic     phone      phone       phone        phone        phone

Fabiana is out 6/21 afternoon (daughter's graduation) so Fri PM Spanish will be Lupita if she's not on a home visit.

Grace
""")

mk('clean', 'admin', '',
   'Dale Prescott <dprescott@sunridgeorchards.com>',
   'Hector Villalobos <hvillalobos@valledelsolhealth.org>',
   'RE: mobile clinic at Sunridge 6/12', D(6, 7, 11, 9),
"""Hector,

We're all set for Wednesday the 12th. You can park by the packing shed again, I'll have the guys move the bin trailers. We expect about 40 workers at lunch break (11:30-12:30) and another group after 3 when the cherry crew comes in. Power outlet on the north wall is 30 amp.

Lunch is on us. Let me know how many of your people.

Also - our safety manager Kurt Brandt wants to do a heat illness refresher for the crew leads while you're there, any chance your promotora could do 15 min in Spanish?

Dale Prescott
HR & Safety Coordinator
Sunridge Orchards, Inc.
Office 509-555-0190 | Cell 509-555-0191

-----Original Message-----
From: Hector Villalobos <hvillalobos@valledelsolhealth.org>
Sent: Thursday, June 6, 2024 3:40 PM
To: Dale Prescott <dprescott@sunridgeorchards.com>
Subject: mobile clinic at Sunridge 6/12

Hi Dale, confirming the van for Wed 6/12, 10am-4pm. Same setup as last time. We'll bring the vaccine cooler so anyone who needs tetanus can get it.
""")
# ===========================================================================
# CLEAN - lookalike
mk('clean', 'lookalike', '',
   'Sagebrush Veterinary Hospital <reminders@sagebrushvet.com>',
   'Ruth Whitecloud <rwhitecloud@cedarhollowhealth.org>',
   "Bruno's lab results and vaccine reminder", D(5, 18, 8, 0, -6),
"""Hi Ruth,

Here is a summary of Bruno's visit on 05/16/2024.

Patient: Bruno (canine, Australian Cattle Dog, neutered male)
Patient ID: 44821
DOB: 03/04/2019
Weight: 24.6 kg (down 1.1 kg since November - good job!)

Results:
- Senior wellness bloodwork: kidney and liver values within normal limits
- Heartworm/tick panel (4Dx): negative
- Urinalysis: normal

Medications: continue carprofen 75 mg once daily with food for the hip stiffness; refill sent to our online pharmacy.

Due soon: Rabies (3-year) due 06/20/2024, Leptospirosis booster due 06/20/2024.

Book online or call us at 406-555-0161. Thank you for trusting us with Bruno's care!

Dr. Kelsey Marchetti, DVM
Sagebrush Veterinary Hospital
""",
   html=htmlize("""Hi Ruth,

Here is a summary of Bruno's visit on 05/16/2024.

Patient: Bruno (canine, Australian Cattle Dog, neutered male)
Patient ID: 44821
DOB: 03/04/2019
Weight: 24.6 kg (down 1.1 kg since November - good job!)

Results: senior wellness bloodwork within normal limits; heartworm/tick panel (4Dx) negative; urinalysis normal.

Medications: continue carprofen 75 mg once daily with food for the hip stiffness.

Due soon: Rabies (3-year) due 06/20/2024, Leptospirosis booster due 06/20/2024.

Dr. Kelsey Marchetti, DVM
Sagebrush Veterinary Hospital"""))

mk('clean', 'lookalike', '',
   'Sweetwater Tribal FCU <alerts@sweetwatertfcu.org>',
   'Jolene Manygoats <jmanygoats@cedarhollowhealth.org>',
   'Member #0048812 - your payment was received', D(5, 20, 6, 15, -6),
"""Dear Jolene Manygoats,

Thank you! We received your payment of $312.87 on 05/19/2024 for loan account ending in 0093 (2019 Chevy Silverado).

Member #: 0048812
Next payment due: 06/19/2024
Remaining balance: $8,441.06

Reminder: Per Capita distribution direct deposits will post on 06/01. Our Cedar Hollow branch will be closed Monday 5/27 for Memorial Day.

Questions? Call Member Services at 406-555-0101 or visit us at 200 Agency St.

Sweetwater Tribal Federal Credit Union - Federally insured by NCUA.
This is an automated message; please do not reply.
""")

mk('clean', 'lookalike', '',
   'Peak Performance Fitness <members@peakperformancefit.com>',
   'Lupita Ochoa <lochoa@valledelsolhealth.org>',
   'Lupita, your membership renews June 1 + free fitness assessment', D(5, 24, 7, 30),
"""Hi Lupita,

Your Annual Plus membership (Member ID PF-20931) renews on 06/01/2024 at $34.99/month. No action needed if you want to keep training with us!

As a thank-you, book your FREE fitness assessment with one of our certified trainers: body composition scan, resting heart rate, blood pressure check, flexibility and a personalized program. Sessions available Tue/Thu 5-8pm.

NEW this summer: "Heart Health Bootcamp" with coach Derek, Saturdays 7am in the park - low impact, all fitness levels.

Want to freeze or cancel? Visit the front desk or call 509-555-0133 at least 10 days before your renewal date.

See you on the floor,
Peak Performance Fitness - Vista Grande
""")

mk('clean', 'lookalike', '',
   'Northstar Air <confirmations@northstarair.com>',
   'Esteban Ruelas <eruelas@valledelsolhealth.org>',
   'Your trip confirmation QX7RTP - Pasco to Sacramento', D(5, 27, 14, 22),
"""Thank you for flying Northstar Air.

Confirmation code: QX7RTP
Passenger: RUELAS/ESTEBAN MR
Frequent flyer #: NS 448 120 773
Ticket number: 027 2184456093

Depart: Wed 19 Jun 2024, PSC 06:10 -> SEA 07:05, flight NS 2281, seat 14C
        SEA 08:25 -> SMF 10:30, flight NS 516, seat 9A
Return: Fri 21 Jun 2024, SMF 17:45 -> PSC 21:02 (via SEA)

Checked bags: 1 included. Special item: 1 cooler declared as "medical/scientific supplies - empty" (max 23 kg).

Traveling for the Western Migrant Health Forum? Show this confirmation at the Sacramento Hyatt for the group rate.

Government-issued photo ID required. REAL ID enforcement begins May 2025.
""")

mk('clean', 'lookalike', '',
   'Granite Mutual Claims <claims@granitemutual.com>',
   'Hector Villalobos <hvillalobos@valledelsolhealth.org>',
   'Claim AC-5520913 - adjuster assigned', D(5, 30, 10, 47),
"""Re: Claim number AC-5520913
Policy: CA-77120448 (Valle del Sol Community Health - commercial auto)
Vehicle: 2019 Ford Transit 350 (unit "Van 1"), VIN ending 4471
Date of loss: 05/28/2024
Loss description: Insured vehicle backing in orchard lot, struck wooden bin trailer. Damage to rear bumper and step.

Dear Mr. Villalobos,

Your claim has been assigned to adjuster Brian Okafor (509-555-0185). Per your report, no bodily injury was involved, so medical payments coverage does not apply to this loss. Please send photos of the damage and the repair estimate within 14 days. If the vehicle is drivable you may continue to use it.

Rental reimbursement is limited to $75/day up to 30 days.

Granite Mutual Insurance Company - Commercial Lines Claims
""")

mk('clean', 'lookalike', '',
   'Big Timber Tree Care <office@bigtimbertree.com>',
   'Facilities <facilities@cedarhollowhealth.org>',
   'Quote #1187 - cottonwoods by clinic parking lot', D(6, 3, 15, 30, -6),
"""Hi Leonard,

Thanks for having us out Friday. Here's what I found on the three cottonwoods along the north side of the parking lot:

Tree 1 (largest, by the ambulance bay): diagnosis is heart rot - conks on the trunk at 6 ft and a cavity on the south side. Sounding shows maybe 40% sound wood. I'd recommend removal, not treatment. Risk rating HIGH given the target (cars, people walking to the front entrance).
Tree 2: healthy, some deadwood. Crown cleaning and 15% reduction.
Tree 3: early cytospora canker on two lower limbs. Prune out infected limbs, then a fertilization prescription (deep root, slow release) in the fall and water it in August.

Quote:
 Removal tree 1 incl. stump grinding ....... $2,850
 Crown clean/reduce tree 2 ................ $  900
 Prune + fall treatment tree 3 ............ $  640
 Total .................................... $4,390

Certified Arborist on site for all work. We can start the week of 6/17 if approved.

Mitch Olson, ISA Certified Arborist MT-4471A
Big Timber Tree Care
406-555-0157
""")

mk('clean', 'lookalike', '',
   'Tree Fruit Extension Alerts <alerts@columbiabasinfruitext.org>',
   'Dale Prescott <dprescott@sunridgeorchards.com>',
   'Fire blight infection risk - EXTREME Tues-Thurs', D(5, 20, 5, 5),
"""TREE FRUIT ALERT - Columbia Basin
Issued 05/20/2024

Fire blight infection risk for pear and late-blooming apple is EXTREME for Tuesday through Thursday (CougarBlight index 300+ at Vista Grande, Kessler Rd and Sunridge weather stations).

Symptoms to scout for: blossom clusters that look water-soaked then wilt and turn brown/black, "shepherd's crook" shoot tips, amber ooze droplets on cankers.

Treatment: apply a protective spray within 24 hours BEFORE the predicted infection event. Options include streptomycin, oxytetracycline, or kasugamycin; organic blocks can use Blossom Protect or a bacteriophage product. Rotate materials to delay resistance. Always read the label for REI and PHI (pre-harvest interval) before application.

Reminder: workers entering treated blocks must observe the restricted-entry interval posted at the block. Provide decontamination supplies per WPS.

Columbia Basin Fruit Extension - Integrated Pest Management
Unsubscribe: reply STOP
""")

mk('clean', 'lookalike', '',
   'Nate Brogan <nbrogan@orchardstack.dev>',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'Re: backup job hung again - root cause', D(6, 6, 22, 10),
"""Hey Tom,

Dug into why the nightly backup on fs02 hung again. Diagnosis: the stale NFS mount from the old NAS. rsync blocks in D state, our scheduler is in "patient" mode (retries w/ exponential backoff up to 6h) so it just sat there instead of failing. Meanwhile the parent died and left 3 zombie children (PIDs 48213, 48217, 48220) which is why monitoring showed the job as "alive".

Treatment plan:
1. umount -f -l /mnt/oldnas and remove it from fstab
2. switch scheduler to impatient mode: max_wait=45m, then page
3. add a health check probe on the mount before the job starts

Symptoms should go away tonight. I'll watch the first run. Invoice for the 2h on-call will be on the June statement (ticket OS-2291).

Nate
Orchardstack IT Services
""")
# ===========================================================================
# CLEAN - news
mk('clean', 'news', '',
   'Columbia Basin Health District <bulletins@columbiabasinhealthdistrict.org>',
   'Community Partners <partners-list@columbiabasinhealthdistrict.org>',
   'HEALTH ADVISORY: Extreme heat forecast - agricultural workers', D(6, 10, 13, 0),
"""HEALTH ADVISORY - June 10, 2024

Temperatures of 100-106F are forecast for the Columbia Basin Wednesday through Sunday, with overnight lows near 75F.

Situation:
During the 2023 season, the District received 41 reports of heat-related illness among outdoor agricultural workers (up from 26 in 2022). 78% occurred in the first two weeks of a worker's season, before acclimatization. Three required hospitalization; there were no deaths.

Recommendations for healthcare providers:
- Ask about occupation and hours worked outdoors for any patient presenting with dizziness, cramps, nausea, confusion or syncope.
- Check creatinine and CK in workers with suspected exertional heat illness.
- Review medications that increase risk (diuretics, anticholinergics, some antipsychotics, beta blockers).
- Report suspected occupational heat illness to L&I.

Recommendations for employers:
Provide water (1 qt/hour/worker), shade, and paid rest breaks; follow acclimatization schedules for new and returning workers.

Spanish, Mixteco and K'iche' audio messages for radio and WhatsApp are available at our website.

Dr. Helen Marsh, MD, MPH
Health Officer, Columbia Basin Health District
""")

mk('clean', 'news', '',
   'Drug Safety Alerts <safetyalerts@rxrecallwatch.com>',
   'Pharmacy <pharmacy@cedarhollowhealth.org>',
   'RECALL: GlucoSure Plus blood glucose test strips, select lots', D(5, 23, 16, 12, -6),
"""DEVICE RECALL NOTICE - CLASS II

Product: GlucoSure Plus Blood Glucose Test Strips, 50-count and 100-count vials
Manufacturer: Meridian Diagnostics Corp.
Lots affected: GS24A0112 through GS24A0179; GS24B0201 through GS24B0233
Expiration dates: 01/2025 - 03/2025

Reason: Strips from affected lots may read falsely HIGH by 15-25% at glucose values above 250 mg/dL, which could lead users to take more insulin than needed.

Actions for pharmacies and clinics:
1. Quarantine affected lots and stop dispensing immediately.
2. Contact patients who received affected lots in the last 90 days and advise them to switch to replacement strips or confirm high readings with a second meter.
3. Return stock using the prepaid label from the manufacturer (1-800-555-0134).

No serious injuries have been reported to date. Adverse events may be reported to MedWatch.

RxRecallWatch aggregates public recall notices. You are receiving this because you subscribed to Device: Diabetes.
""")

mk('clean', 'news', '',
   'Valle del Sol Communications <news@valledelsolhealth.org>',
   'All Staff <allstaff@valledelsolhealth.org>',
   'El Sol Semanal - June edition', D(6, 14, 12, 0),
"""EL SOL SEMANAL - June 2024

DULCE VIDA GRADUATION
Congratulations to the 27 participants who completed the spring Dulce Vida diabetes self-management class series! Average A1c among graduates dropped from 9.1% to 7.8% over 16 weeks. Special thanks to CHWs Lupita Ochoa and Rosario Peña and to Kessler Family Farms for lending the community hall.

MADRES SANAS BY THE NUMBERS
Jan-May: 118 prenatal patients enrolled, 71% started care in the first trimester (up from 58% last year). Promotoras made 1,402 reminder calls and texts.

MOBILE CLINIC SEASON
Our two vans have made 64 stops and seen 2,311 visits since March. Cherry season starts next week - expect long days. Water, sunscreen and electrolyte packets are in the supply room.

STAFF SPOTLIGHT: Fermín Xulu
Our newest interpreter speaks K'iche', Mam and Spanish and grew up in Totonicapán. Ask him about his marimba band!

UPCOMING
- 6/20 Lunch & Learn: Pesticide exposure - what to ask (Dr. Ruelas)
- 6/27 Consulate health day (Ventanilla de Salud) in Vista Grande
- 7/4 Clinic closed

Questions or story ideas: news@valledelsolhealth.org
""",
   html=htmlize("""EL SOL SEMANAL - June 2024

DULCE VIDA GRADUATION
Congratulations to the 27 participants who completed the spring Dulce Vida diabetes self-management class series! Average A1c among graduates dropped from 9.1% to 7.8% over 16 weeks.

MADRES SANAS BY THE NUMBERS
Jan-May: 118 prenatal patients enrolled, 71% started care in the first trimester.

MOBILE CLINIC SEASON
Our two vans have made 64 stops and seen 2,311 visits since March.

STAFF SPOTLIGHT: Fermín Xulu
Our newest interpreter speaks K'iche', Mam and Spanish.

UPCOMING
6/20 Lunch & Learn: Pesticide exposure. 6/27 Consulate health day in Vista Grande. 7/4 Clinic closed."""))

mk('clean', 'news', '',
   'Tribal Health Board <healthboard@cedarhollowhealth.org>',
   'Community List <community@cedarhollowtribe.org>',
   'Health Board Update - Spring 2024', D(5, 31, 9, 0, -6),
"""CEDAR HOLLOW TRIBAL HEALTH BOARD - SPRING UPDATE

Ha'ho to everyone who came out to the Spring Creek and Lodge Pole health fairs. Together we did 212 blood pressure checks, 148 A1c screenings and 61 retinal camera exams.

Diabetes Program: Thanks to our Special Diabetes Program grant renewal, we are adding a second diabetes educator and expanding the walking club to Lodge Pole. Community-wide, the average A1c among registered patients has gone from 8.6 in 2019 to 8.0 this year, and amputations are down by half over 10 years.

Purchased/Referred Care: PRC funds are limited this fiscal year. Remember to call the PRC office within 72 hours of any emergency visit outside the clinic (406-555-0146), and to apply for Medicaid or Marketplace coverage if eligible - it helps stretch PRC dollars for everyone.

New dialysis transport: The van will now run Tue/Thu/Sat to Billings. Sign up with the CHR office.

Board meeting: Thursday June 20, 6pm, Community Center. Elders' lunch served at 5:30.

Geraldine Fast Horse, Chair
""")

mk('clean', 'news', '',
   'Consulado de México en Vista Grande <comunicacion@consulmex-vistagrande.org>',
   'Aliados Comunitarios <aliados@consulmex-vistagrande.org>',
   'Jornada de Salud - Ventanilla de Salud 27 de junio', D(6, 12, 10, 0),
"""VENTANILLA DE SALUD - JORNADA BINACIONAL DE SALUD

El Consulado de México en Vista Grande, en colaboración con Valle del Sol Community & Farmworker Health y el Distrito de Salud, invita a la comunidad a la Jornada de Salud:

Fecha: jueves 27 de junio de 2024
Hora: 9:00 a 14:00
Lugar: Estacionamiento de la Parroquia San Isidro, Vista Grande

Servicios GRATUITOS, sin importar su estatus migratorio:
- Toma de presión arterial y glucosa
- Vacunas para adultos y niños (traiga su cartilla)
- Pruebas de VIH y hepatitis C
- Orientación sobre seguro médico y programas de embarazo
- Información sobre golpe de calor para trabajadores del campo

Habrá intérpretes de mixteco, k'iche' y mam.

Para citas de matrícula consular y pasaporte, llame al 1-877-555-0163.

Consulado de México en Vista Grande - Departamento de Protección y Asuntos Comunitarios
""")

mk('clean', 'news', '',
   'State Pesticide Illness Surveillance <pesticide.surveillance@doh-notices.org>',
   'Clinician List <clinicians@doh-notices.org>',
   'Quarterly report: pesticide-related illness, Q1 2024', D(5, 15, 8, 30),
"""PESTICIDE ILLNESS SURVEILLANCE - QUARTERLY SUMMARY, JAN-MAR 2024

Reports received: 19 (Q1 2023: 14)
Confirmed/probable cases: 11
  - Agricultural workers: 7 (drift: 4; early re-entry: 2; mixing/loading: 1)
  - Residential/non-ag: 4
Severity: low 9, moderate 2, high 0
Most common symptoms: eye irritation, headache, nausea, skin rash
Counties reporting: Columbia Basin (6), Lower Valley (3), Other (2)

Notes for clinicians:
Pesticide-related illness is a notifiable condition; report within 2 business days, even if suspected. Cholinesterase testing should be drawn as soon as possible after a suspected organophosphate exposure and before treatment where feasible. Ask the patient for the product name, the field location and the time of exposure.

The full report with tables by active ingredient is available on the department website.
""")
# ===========================================================================
# CLEAN - staff
mk('clean', 'staff', '',
   'Nayeli Santos CNM <nsantos@valledelsolhealth.org>',
   'Mobile Providers <mobileproviders@valledelsolhealth.org>',
   'BP thresholds on the van for pregnant pts - proposal', D(5, 17, 7, 55),
"""Hi all,

After this week I want us to agree on one rule for sending pregnant patients from the van straight to L&D, so nobody has to decide alone in a parking lot.

Proposal (>= 20 weeks):
- BP >= 160/110 once -> call 911 / direct to L&D, do not wait for repeat
- BP >= 140/90 on two readings 15 min apart -> same-day L&D triage, call report
- BP >= 140/90 once with headache, vision changes, RUQ pain, or SOB -> same-day L&D triage
- BP 130-139/80-89 -> recheck in 48-72h (promotora home BP check OK)

Promotoras should carry the validated cuffs (not the wrist ones) and the large adult cuff. Please send edits by Wednesday, I'll bring it to the QI meeting on the 29th.

Nayeli Santos, CNM
Director, Madres Sanas Prenatal Program
""")

mk('clean', 'staff', '',
   'Ana Aldana NP <aaldana@valledelsolhealth.org>',
   'Esteban Ruelas MD <eruelas@valledelsolhealth.org>',
   'curbside q - ACEi after heat exhaustion', D(6, 13, 21, 18),
"""Esteban, quick curbside, no rush.

Had a guy in his 60s today, picker, came to the van with cramps and dizziness after a long day, BP soft, creatinine on the i-STAT 2.1 (no baseline we could find). Fluids, cooled him down, sent him to the ED for labs and he went home after a few hours.

He's on lisinopril + HCTZ. I told him to hold both until recheck. How long do you usually hold in the middle of the season - until Cr back to baseline or just through the heat wave? And would you switch the HCTZ to something else for the summer in general? Wondering if we should make this a standard thing for the ag workers on diuretics.

Ana

Ana Aldana, MSN, FNP-C
""")

mk('clean', 'staff', '',
   'Grace Ilagan <gilagan@valledelsolhealth.org>',
   'Clinic Managers <managers@valledelsolhealth.org>',
   "short a Mam interpreter Thursday", D(6, 18, 14, 2),
"""Heads up - Fermín is out Thursday (family emergency, he's driving to Oregon) so we have NO in-person Mam or K'iche' coverage. The phone line only has Mam until 2pm Pacific and the wait was 25+ min last time.

Options:
1. Move the Thursday Bautista van stop to next week (most of that crew is Mam-speaking)
2. Keep the stop but only do vaccines/BP/glucose with Spanish, book anything complex for next week
3. Ask the consulate if their Ventanilla volunteer can help - but she is not a trained medical interpreter and I'd rather not

Please don't use kids or crew leaders to interpret. I'll go with #2 unless someone objects by tomorrow noon.

Grace
""")

mk('clean', 'staff', '',
   'Darlene Yellowhorse <dyellowhorse@cedarhollowhealth.org>',
   'Medical Staff <medstaff@cedarhollowhealth.org>',
   'updated standing order - basal insulin titration (draft v3)', D(5, 29, 12, 40, -6),
"""Attached is a draft of the nurse-driven basal insulin titration standing order, v3, with the changes from last month's meeting. Please look it over before we vote on 6/12.

Key changes:
- Titrate glargine by 2 units every 3 days if fasting glucose >130 on 3 consecutive mornings (was >140)
- Decrease by 10% for any reading <70, or 20% for any <54, and notify the provider same day
- Hold titration for patients over 75, eGFR <30, or living alone without a working phone - provider decision only
- CHRs may collect fasting readings by phone or home visit and relay to the RN; they do not adjust doses
- Added a line about hypoglycemia during ceremonies/fasting (sweat lodge, Sun Dance) - discuss with the patient ahead of time

Comments to me by 6/7.

Darlene Yellowhorse, RN, CDCES
""",
   atts=[('basal_titration_standing_order_v3.txt',
"""CEDAR HOLLOW TRIBAL HEALTH CLINIC
NURSING STANDING ORDER - BASAL INSULIN TITRATION (DRAFT v3)

Eligible: adults 18-75 with type 2 diabetes on once-daily basal insulin, provider has marked "RN titration OK" in the plan.
Target fasting glucose: 90-130 mg/dL unless provider specifies.

1. Review the patient's fasting log (meter download preferred).
2. If 3 consecutive fasting values > 130 and none < 70: increase dose by 2 units.
3. If any value < 70: decrease by 10%. If any < 54: decrease by 20% and notify provider same day.
4. Maximum dose by this order: 0.5 units/kg/day, then refer to provider.
5. Document in the diabetes flowsheet; notify provider weekly.

Approved by: ______________________  Date: __________
""", 'text/plain')])

mk('clean', 'staff', '',
   'Lupita Ochoa <lochoa@valledelsolhealth.org>',
   'CHW Team <chwteam@valledelsolhealth.org>',
   'notes from CHW meeting 6/7', D(6, 7, 17, 5),
"""Notes from today (Lupita taking notes, sorry for typos)

- lots of moms asking about the heat and breastfeeding in the fields, can we get the handout in Spanish AND a simple picture version
- several people at Kessler said they are scared to come to the van bc of rumors about immigration at the packing shed. Grace will talk to the consulate about a message on their facebook
- insulin needles/pen tips running out in the sample closet again - Rosario will ask the pharmacy
- Dulce Vida fall class - maybe do it on Sunday afternoons, nobody can come weekdays in harvest
- reminder: don't write patient names in the group whatsapp!!! use the EHR message or call

next meeting 6/21, Lupita brings pan dulce

Lupita
""")

mk('clean', 'staff', '',
   'Kevin Osei PharmD <kosei@cedarhollowhealth.org>',
   'Providers <providers@cedarhollowhealth.org>',
   'GLP-1 formulary + shortage update', D(6, 4, 11, 11, -6),
"""Hi everyone,

A few questions came up this week so here's an update:

1. Formulary: semaglutide (weekly injection) remains our preferred GLP-1. Dulaglutide is non-formulary but OK with a prior auth form to me. Oral semaglutide is not stocked.
2. Supply: our wholesaler still has intermittent shortages of the 0.25/0.5 mg starter pens. If a new start can't get pens for 2+ weeks, consider holding the start rather than starting and stopping.
3. Reminder: please don't start GLP-1s on anyone with a history of pancreatitis or a family history of medullary thyroid cancer, and ask about pregnancy plans for women of childbearing age.
4. Metformin ER 500 is back in stock, so we can switch people with GI upset from IR.

As always, page me with questions at x214.

Kevin Osei, PharmD, BCACP
""")

mk('clean', 'staff', '',
   'Melissa Fourstar LCSW <mfourstar@cedarhollowhealth.org>',
   'Amos Red Cloud MD <aredcloud@cedarhollowhealth.org>',
   'Re: mandated reporting question from the new residents', D(6, 11, 16, 22, -6),
"""Amos,

Good question from the residents. General answer, no specific case:

- Any provider who has reasonable cause to suspect child abuse or neglect has to report to CPS/tribal social services; it's not our job to investigate or be sure first.
- Teen pregnancy by itself isn't automatically reportable in MT, it depends on the ages involved - I'll send them the one-page table from the state.
- For tribal members, reports can go to tribal Child Protective Services; they coordinate with the state when needed.
- Document what the patient said in quotes, what you observed, and who you called and when.

Happy to do a 20 min talk at the residents' noon conference next Tuesday if that helps.

Melissa

> -----Original Message-----
> From: Amos Red Cloud
> Sent: Tuesday, June 11, 2024 9:02 AM
> Subject: mandated reporting question from the new residents
>
> A couple of the rotating residents asked about our reporting rules vs state rules. Can you give them the short version?
""")
# ===========================================================================
# CLEAN - training
mk('clean', 'training', '',
   'EHR Training <ehrtraining@valledelsolhealth.org>',
   'New Hires June <newhires-june@valledelsolhealth.org>',
   'EHR practice environment - log in before Day 2', D(6, 7, 15, 0),
"""Welcome! Before orientation Day 2 please log into the TRAINING environment (NOT production):

URL: https://ehr-train.valledelsolhealth.org
Username: your employee ID + "t" (e.g. 40217t)
Temp password: sent separately by text

Use ONLY these practice patients for the exercises:

  TEST, PATIENT ZZ        MRN 999999001   DOB 01/01/1950   (diabetes visit scenario)
  TEST, PRENATAL ZZ       MRN 999999002   DOB 01/01/1995   (Madres Sanas intake, 12 wks)
  ZZTRAIN, NINO           MRN 999999003   DOB 01/01/2018   (well child + vaccines)

Exercises:
1. Check in TEST, PATIENT ZZ for a mobile clinic visit and record vitals: BP 150/92, glucose 212.
2. Order a hemoglobin A1c and a urine microalbumin.
3. Send a secure message to "Training Provider" about the high BP.
4. Document a promotora home visit for TEST, PRENATAL ZZ.

Anything you enter here is wiped every Sunday night. Never practice on a real patient's chart.

EHR Training Team
""")

mk('clean', 'training', '',
   'Brooke Lindqvist <brooke.lindqvist@vitalbridgermp.com>',
   'Darlene Yellowhorse <dyellowhorse@cedarhollowhealth.org>',
   'VitalBridge demo follow-up + sample dashboard', D(5, 22, 17, 45, -6),
"""Hi Darlene,

Thanks again for your time Tuesday - great questions from your CHR team about cellular cuffs in areas with weak signal.

As promised, here's a recap of the sample dashboard we walked through (all demo data):

  Demo patient: John Doe (sample record)   Device: VB-Cuff LTE #DEMO-0001
  Last 7 days avg BP: 148/91   Readings: 12   Alerts: 2 (>160 systolic)
  Demo patient: Jane Roe (sample record)   Device: VB-Glucose #DEMO-0002
  Last 7 days avg fasting glucose: 162   Readings: 7   Alerts: 1 (<70)

Pricing for a 50-device pilot is in the attached one-pager; RPM codes 99453/99454/99457 typically cover most of the cost for Medicaid patients, and we can talk about how that works with IHS/PRC billing.

Would a 30-minute call with your billing lead next week work?

Brooke Lindqvist
Senior Account Executive, VitalBridge Remote Monitoring
(612) 555-0174
""",
   html=htmlize("""Hi Darlene,

Thanks again for your time Tuesday - great questions from your CHR team about cellular cuffs in areas with weak signal.

As promised, here's a recap of the sample dashboard we walked through (all demo data):

Demo patient: John Doe (sample record) - Device VB-Cuff LTE #DEMO-0001 - 7-day avg BP 148/91, 12 readings, 2 alerts.
Demo patient: Jane Roe (sample record) - Device VB-Glucose #DEMO-0002 - 7-day avg fasting glucose 162, 7 readings, 1 alert.

Would a 30-minute call with your billing lead next week work?

Brooke Lindqvist
Senior Account Executive, VitalBridge Remote Monitoring"""))

mk('clean', 'training', '',
   'Priya Raman <priya@meridianinterfaces.com>',
   'Tom Halvorsen <thalvorsen@valledelsolhealth.org>',
   'Test message for the OBX-2 fix - please run in TEST', D(5, 16, 9, 5),
r"""Hi Tom,

I added the transform on the TEST channel. Please push this synthetic message through and confirm it files as NM. It uses our standard dummy patient, nothing real:

MSH|^~\&|CASCADIA|CRL|EHR|VSCFH|20240516090000||ORU^R01^ORU_R01|TEST0000001|T|2.5.1
PID|1||ZZ999001^^^VSCFH^MR||ZZTEST^INTERFACE^A||19000101|U|||123 TEST ST^^TESTVILLE^WA^00000||(000)000-0000
PV1|1|O|TEST^TEST1
OBR|1|TEST-ORD-1|TEST-ACC-1|4548-4^Hemoglobin A1c^LN|||20240516080000|||||||||9999999999^PROVIDER^TEST||||||20240516090000|||F
OBX|1|ST|4548-4^Hemoglobin A1c^LN||7.1|%|4.0-5.6|H|||F

Processing ID is T so production will ignore it if it leaks over. Once you confirm I'll promote the transform to PROD Monday night.

Priya Raman
Integration Engineer, Meridian Interfaces
""")

mk('clean', 'training', '',
   'Maribel Cortez <mcortez@valledelsolhealth.org>',
   'Promotoras <promotoras@valledelsolhealth.org>',
   'role play para el jueves (caso ficticio)', D(6, 10, 19, 30),
"""Hola compañeras,

para la capacitación del jueves vamos a practicar con este caso. ES INVENTADO, no es ninguna paciente nuestra.

CASO DE PRÁCTICA: "Doña Chona" (personaje ficticio)
Doña Chona tiene 58 años, trabaja en la cosecha de cereza y tiene diabetes hace 10 años. Dice que la insulina "la deja ciega" porque su comadre empezó insulina y perdió la vista. No quiere ir al doctor porque pierde el día de trabajo.

Preguntas:
1. ¿Cómo le explicas la diferencia entre la insulina y las complicaciones de la diabetes?
2. ¿Qué preguntas abiertas le harías sobre sus miedos?
3. ¿Qué opciones hay si no puede faltar al trabajo? (camioneta, horario de tarde, sábados)
4. ¿Cuándo tienes que avisar a la enfermera el mismo día?

Una hace de promotora, otra de Doña Chona y otra observa con la hoja de evaluación.

Nos vemos el jueves a las 2 en la sala grande.
Maribel
""")

mk('clean', 'training', '',
   'Fabiana Rocha <frocha@valledelsolhealth.org>',
   'Interpreters <interpreters@valledelsolhealth.org>',
   'glossary + practice dialogue for Friday', D(6, 13, 12, 15),
"""Hi team,

For Friday's practice session, attached is the prenatal glossary (EN/ES/PT) and a short sample dialogue. The dialogue is fictional - "Patient A" and "Provider B" - please do sight translation into your language pair and we'll record and review.

Fabiana
""",
   atts=[('glosario_prenatal_practica.txt',
"""GLOSARIO PRENATAL / PRENATAL GLOSSARY (practice material)

English                     | Español                         | Português
----------------------------+---------------------------------+------------------------------
due date                    | fecha probable de parto         | data provável do parto
glucose tolerance test      | prueba de tolerancia a glucosa  | teste de tolerância à glicose
fundal height               | altura uterina                  | altura uterina
high blood pressure         | presión alta                    | pressão alta
swelling                    | hinchazón                       | inchaço
group B strep swab          | cultivo de estreptococo B       | cultura para estreptococo B
fetal movement              | movimientos del bebé            | movimentos do bebê

SAMPLE DIALOGUE (fictional)
Provider B: How many weeks along are you today?
Patient A: I think about 28 weeks.
Provider B: Any headaches, blurry vision, or swelling in your face or hands?
Patient A: Only my feet swell at the end of the day.
Provider B: We'll check your blood pressure twice and a urine sample.
""", 'text/plain')])

mk('clean', 'training', '',
   'Compliance <compliance@cedarhollowhealth.org>',
   'All Staff <allstaff@cedarhollowhealth.org>',
   'Annual HIPAA refresher - quiz due 6/30', D(6, 3, 8, 0, -6),
"""Annual Privacy & Security refresher is open in the learning portal. Quiz due June 30. Sample questions below so you know what to expect (all names are made up):

1. A CHR posts in a community Facebook group: "Prayers for Jane Sample, she's having surgery in Billings tomorrow." Is this a privacy violation?
   (a) No, she's well known  (b) Yes  (c) Only if her full name is used

2. You receive an email meant for St. Brendan that includes "Sample, John Q / DOB 01/01/1900 / MRN 000000". What do you do?
   (a) Forward it to St. Brendan  (b) Delete it  (c) Notify the sender and the Privacy Officer, then delete

3. Your cousin asks whether her ex-husband came to the clinic last week. You saw him in the waiting room. What can you say?

4. True or false: It's OK to text a patient's lab results to a coworker's personal phone if you don't include the name.

Reminder: report suspected breaches to the Privacy Officer, Bernadette Comes Last, ext. 209, within 24 hours.
""")
# ===========================================================================
# Writer
def plain_cte(text):
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        return '8bit'

def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].rsplit('@', 1)[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i, m['kind'], dom)
    for k, v in m['extra'].items():
        msg[k] = v
    msg.set_content(m['body'], cte=m['cte'] or plain_cte(m['body']))
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', cte='quoted-printable')
    for att in m['atts']:
        fname, data, mtype = att[:3]
        maintype, subtype = mtype.split('/', 1)
        if isinstance(data, str):
            acte = att[3] if len(att) > 3 else ('base64' if subtype == 'csv' else plain_cte(data))
            msg.add_attachment(data, subtype=subtype, filename=fname, cte=acte)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
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
        msg = build(i, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)

if __name__ == '__main__':
    main()
