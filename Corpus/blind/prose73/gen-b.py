#!/usr/bin/env python3
# Blind evaluation mail set: refugee & immigrant health clinic. Standard library only, deterministic.
import os, sys, io, csv, zipfile, random, datetime, email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 7302
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
GLOBAL = [0]


def d(s, off=-5):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return format_datetime(dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))))


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def xlsx(rows, sheet='Sheet1'):
    cols = 'ABCDEFGHIJKLMNOP'
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, xesc(str(v)))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(sd)),
    ]
    return zbytes(files)


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def emit(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
         atts=(), cte=None, hdrs=(), html_cte=None):
    GLOBAL[0] += 1
    gi = GLOBAL[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    n = COUNT[(label, kind)]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%s.%s@%s>' % (''.join(random.choice('0123456789ABCDEF') for _ in range(16)),
                                      ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)), dom)
    for k, v in hdrs:
        m[k] = v
    if cte is None and body.isascii() and max(len(x) for x in body.splitlines()) <= 998:
        cte = '7bit'
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        if html_cte:
            m.add_alternative(html, subtype='html', cte=html_cte)
        else:
            m.add_alternative(html, subtype='html')
    for fname, ctype, data in atts:
        mt, st = ctype.split('/')
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (gi, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


CLINIC = 'riverbendnewcomer.org'
DISCL = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient(s) and may contain information that is privileged or confidential.
If you received this in error please notify the sender and delete it."""

# =====================================================================
# PHI: care
# =====================================================================
emit('phi', 'care',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Ahmad Farooqi <afarooqi@harborline.org>',
     'Noorzai family - TB follow up',
     """Hi Ahmad,

Quick update so you can plan transport. Abdul Wahid Noorzai's QuantiFERON came back
positive. His chest x-ray from Tuesday was read as clear, so this looks like latent TB
not active, but Dr. Marchetti wants him to start 3HP (once-weekly isoniazid +
rifapentine, 12 doses) and he needs to come in every Thursday for the first month so we
can watch him take it. First dose is Thursday 6/13 at 9:30.

His wife and the two older kids were negative. The baby is too young for the blood test
so we did a skin test on her, she needs to come back Monday to have it read -- please
make sure someone brings her, 48-72 hrs window.

Can you book a Dari interpreter for all four Thursdays? Samira is out the 20th.

Thanks,
Joanne

Joanne Pruitt, RN
TB Program Nurse | Riverbend Newcomer Health Clinic
(555) 201-4478 direct
""" + DISCL,
     d('2024-06-07 14:22'), patient='Noorzai')

emit('phi', 'care',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Denise Ruiz-Whitaker <druiz@oklimmigration.com>',
     'RE: I-693 status - client Esperanza Villatoro',
     """Denise -

She's not done yet. Bloodwork is back (syphilis screen negative, IGRA negative) so the
TB and serology parts are complete. Problem is vaccines: she had no record of MMR or
varicella so we gave dose 1 of each on 5/21 and she also got Tdap. Varicella needs a
2nd dose at least 4 wks later before I can mark it complete, OR she can sign the
blanket waiver section if she declines, but I don't recommend that for her case.

Earliest she can come back is 6/18. Once dose 2 is in I'll sign and seal the envelope
same day, she can pick it up at the front desk. Please don't have her open it.

HM

Helena Marchetti, MD
USCIS Designated Civil Surgeon
Riverbend Newcomer Health Clinic

-----Original Message-----
From: Denise Ruiz-Whitaker <druiz@oklimmigration.com>
Sent: Monday, June 3, 2024 10:04 AM
To: Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>
Subject: I-693 status - client Esperanza Villatoro

Good morning Dr. Marchetti,

Our client Ms. Villatoro had her medical exam with you on May 21. Her adjustment
interview is tentatively set for early July. Can you let us know if the sealed I-693 will
be ready and whether anything else is needed from her?

Best regards,
Denise Ruiz-Whitaker
Senior Paralegal
Okafor & Lindqvist Immigration Law, PLLC
""",
     d('2024-06-04 08:41'), patient='Villatoro')

emit('phi', 'care',
     'Grace Mutesi <gmutesi@newrootsrs.org>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Fwd: the lead recheck for little Bahati',
     """Lupe, forwarding below from the foster... sorry, from the host family. Can u tell me
what they should do? Mom only speaks Swahili/Kibembe and I want to explain it right
when I visit tomorrow.

grace

---------- Forwarded message ---------
From: Karen Stoltz <kstoltz.home@gmail.com>
Date: Wed, Jul 10, 2024 at 7:55 PM
Subject: the lead recheck for little Bahati
To: Grace Mutesi <gmutesi@newrootsrs.org>

Hi Grace, we took Bahati Mwamba and his mom back to the clinic for the repeat finger
poke like they asked. The nurse said the number was still high (she said 9?) and they
took blood from his arm this time to send out. They gave mom iron drops and said give
it once a day with juice, not milk. They also said someone from the health department
might come look at the apartment for lead paint?? Is that normal? Mom was worried
she did something wrong. He is eating fine and playing normal.

Karen
""",
     d('2024-07-11 08:03'), patient='Mwamba')

emit('phi', 'care',
     'Samira Haidari <shaidari@riverbendnewcomer.org>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'gul rahman - meds confusion',
     """joanne fyi after the visit today I walked Gul Rahman Zadran out to the bus and he
told me in Pashto he has been taking the big pills (the rifapentine) every DAY not
once a week. he thought "weekly" meant "with food". he still has 4 left of the 9 you
gave so I think he took maybe 5 in 5 days?? he says his urine is orange and stomach
hurts a little, no yellow eyes.

I told him stop and wait for your call. his phone is the one in chart, he answers
after 4pm. please call with me on the line, his Dari is ok but Pashto is better for
meds.

sorry for the typos typing on phone
Samira

Sent from my iPhone
""",
     d('2024-08-22 13:16'), patient='Zadran')

emit('phi', 'care',
     'Priya Venkataraman, PsyD <pvenkataraman@riverbendnewcomer.org>',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'Rania Al-Khatib - BH follow up after screener',
     """Kwame,

Saw Mrs. Al-Khatib today with Wafa interpreting (Arabic). Her RHS-15 at intake was 31
and today she endorsed poor sleep, nightmares about the crossing, and avoiding the
market because of the crowds. No SI, no plan, safety plan reviewed anyway, husband
aware and supportive.

Plan:
 - weekly trauma-focused therapy with me starting 9/4 (Weds 1pm, Wafa booked)
 - she's open to medication. Could you see her for a sertraline start? I was thinking
   25 mg x 1 wk then 50, but defer to you. She is breastfeeding the 7 mo old, please
   factor that in.
 - referred to the women's support group at Harborline, she was hesitant but took the
   flyer.

Let me know if you can fit her into your Tuesday.

Priya

Priya Venkataraman, PsyD
Behavioral Health | Riverbend Newcomer Health Clinic
""",
     d('2024-08-28 16:40'), patient='Al-Khatib',
     html="""<html><body><p>Kwame,</p>
<p>Saw Mrs. Al-Khatib today with Wafa interpreting (Arabic). Her RHS-15 at intake was 31 and today she endorsed poor sleep, nightmares about the crossing, and avoiding the market because of the crowds. No SI, no plan, safety plan reviewed anyway, husband aware and supportive.</p>
<p><b>Plan:</b></p><ul>
<li>weekly trauma-focused therapy with me starting 9/4 (Weds 1pm, Wafa booked)</li>
<li>she's open to medication. Could you see her for a sertraline start? I was thinking 25 mg x 1 wk then 50, but defer to you. She is breastfeeding the 7 mo old, please factor that in.</li>
<li>referred to the women's support group at Harborline, she was hesitant but took the flyer.</li></ul>
<p>Let me know if you can fit her into your Tuesday.</p>
<p>Priya<br>Priya Venkataraman, PsyD<br>Behavioral Health | Riverbend Newcomer Health Clinic</p></body></html>""")

emit('phi', 'care',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'Dr. Ellen Fairbourne <efairbourne@lakelandliver.org>',
     'referral - new HBV, Mr. Tsegaye Gebremedhin',
     """Dr. Fairbourne,

Thank you for taking this referral. Mr. Gebremedhin is a 41 y/o man who arrived from
Eritrea via Ethiopia in April. On domestic screening his hepatitis B surface antigen
was positive, core antibody positive, surface antibody negative. Repeat at 6 months
confirms chronic infection. HBeAg negative, HBV DNA 18,400 IU/mL, ALT 52 and 61 on two
draws. Platelets normal. Ultrasound last week showed mildly coarse echotexture, no mass.

He has not been on any treatment. Wife and three children screened: wife is immune
(sAb+), children all vaccinated here and sAb positive post-series.

He speaks Tigrinya; please book an interpreter, he will need one for consent. His
caseworker at New Roots is Daniel Kyaw (555-318-0921) and can help with transport.

Labs and US report attached via fax to your intake line this morning.

Kind regards,
Kwame Asante-Boateng, MD, MPH
Medical Director, Riverbend Newcomer Health Clinic
""",
     d('2024-10-15 11:02'), patient='Gebremedhin', cte='quoted-printable')

emit('phi', 'care',
     'Beth Lindgren <blindgren@harborline.org>',
     'Clinic Nurses <nurses@riverbendnewcomer.org>',
     'ER visit over the weekend - Sultani girl',
     """Hi nurses team,

Letting you know that Fereshta Sultani took her daughter Marwa (4) to St. Adalbert ER
Saturday night for high fever and a rash. Per mom they did a strep test (negative) and
a chest x-ray and sent them home with ibuprofen and told them to follow up with "the
regular doctor" in 2-3 days. They don't have a PCP yet besides you guys since the
screening isn't finished.

Mom has the discharge papers (English only of course). Can someone see Marwa Weds or
Thurs? Also mom wants to know if this is from the vaccines she got last week (she had
MMR and varicella #1 on 11/6 I think).

Thanks!
Beth Lindgren | Case Manager
Harborline Refugee Services
555-340-2270 x114
""",
     d('2024-11-18 09:27'), patient='Sultani')

emit('phi', 'care',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Hilltop Pharmacy <rx@hilltoppharmacy.net>',
     'presumptive tx - ivermectin qty for Mr Ndayishimiye',
     """Hello Hilltop team,

Following up on the e-script sent this morning for Mugisha Ndayishimiye Sr. (the adult,
not his son). Dr. Marchetti ordered presumptive strongyloides treatment since his
overseas pre-departure treatment wasn't documented:

  ivermectin 3 mg tabs, 200 mcg/kg x 2 days. He weighed 71.4 kg today so that's
  15 mg/day = 5 tabs daily x 2 days, qty 10.

He already got albendazole 400 mg single dose here in clinic today.

Please call me if the insurance (Medicaid pending, RMA) rejects, we can dispense from
our stock instead. 555-201-4470.

Lupe Ferreira, RN
""",
     d('2024-09-05 15:48'), patient='Ndayishimiye')

# =====================================================================
# PHI: names
# =====================================================================
emit('phi', 'names',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Hosseini, Zahra -- repeat CXR',
     """read is back, unchanged from the overseas film, calcified granuloma RUL only. no need
for sputa. ok to close out her class B1 follow-up and send the TB follow-up worksheet
back to state.
-hm
""",
     d('2024-05-09 17:12'), patient='Hosseini')

emit('phi', 'names',
     'Nadia Petrenko <npetrenko@riverbendnewcomer.org>',
     'Front Desk <frontdesk@riverbendnewcomer.org>',
     'KOVALENKO-HRYTSENKO, Oksana / reschedule',
     """Hi Rosa,

KOVALENKO-HRYTSENKO, Oksana called me on the Ukrainian line, she can't make tomorrow's
immigration physical at 10 because her son has school orientation. She still needs the
chest x-ray and the blood draw, she already did the vaccines part with Dr M.

She asked for any morning next week except Wednesday. Note she is listed in Athena as
"Hrytsenko, Oksana" from her humanitarian parole paperwork, please don't make a
duplicate chart again :)

Thanks, Nadia
""",
     d('2024-03-18 12:30'), patient='Kovalenko-Hrytsenko')

emit('phi', 'names',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Grace Mutesi <gmutesi@newrootsrs.org>',
     'Re: titers',
     """Grace -- yes, Mugisha's titers came back. Measles and rubella immune, varicella NOT
immune, so he'll need the 2 varicella shots. Hep B surface Ab negative too, so the full
hep B series. We can start both at the visit on the 24th.

I mean the little one (the 6 yr old), not his dad, sorry, same name! Dad's results are
still pending.

> On Mon, Sep 16, 2024 at 3:11 PM Grace Mutesi <gmutesi@newrootsrs.org> wrote:
> hi Lupe did the blood results for the boy from the Burundian family come back
> yet? school is asking for his shot record
""",
     d('2024-09-17 10:05'), patient='Ndayishimiye (Mugisha)')

emit('phi', 'names',
     'Daniel Kyaw <dkyaw@newrootsrs.org>',
     'Riverbend Scheduling <scheduling@riverbendnewcomer.org>',
     'Hoa - needs GYN follow up',
     """Hello,

My client Nguyễn Thị Hoa (she goes by Hoa, last name is Nguyễn, please don't register
her as "Hoa Thi") was told at her screening visit on 10/2 that her pap smear was
abnormal and she should come back for a colposcopy. She does not have a date yet.

Her husband Trần Văn Minh is the contact, he speaks more English. Please call him.
Vietnamese interpreter needed.

Daniel Kyaw
Employment & Health Navigator
New Roots Resettlement
""",
     d('2024-10-21 09:50'), patient='Nguyễn')

emit('phi', 'names',
     'Adaeze Okafor <aokafor@oklimmigration.com>',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Mr Chukwuemeka Obiora - follow up on Class A finding',
     """Dear Dr. Marchetti,

I represent Mr Chukwuemeka Obiora in his adjustment of status. He informs me that at his
exam you noted a positive syphilis screen and told him he would need treatment before
the I-693 could be completed. He has since received penicillin injections at the
Marlow County STD clinic (three weekly shots, last on 2 February).

Can you confirm what documentation you need from the county to finalise his form? He is
anxious about the timing as his interview notice has arrived.

With thanks,
Adaeze Okafor, Esq.
Okafor & Lindqvist Immigration Law, PLLC
1200 Wexford Ave, Suite 410
""" + DISCL,
     d('2025-02-06 13:33'), patient='Obiora')

emit('phi', 'names',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Marlow County TB Program <tbprogram@marlowcounty.gov>',
     'DOT handoff - Sr. Luis de la Cruz Ibáñez',
     """Hi county team,

Handing off Luis de la Cruz Ibáñez to you for DOT as discussed on the phone. Note the
surname is "de la Cruz Ibáñez" (two surnames, particle lowercase) -- your system had
him under "Ibanez, Luis D" last year from the contact investigation, please merge.

He is on RIPE, started 3/11, weight 64 kg, sputum smear 2+ at diagnosis, culture grew
pan-sensitive MTB. Tolerating well, mild nausea. Prefers evening DOT after work,
Spanish speaker.

Joanne
""",
     d('2025-03-19 10:15'), patient='de la Cruz Ibáñez')

emit('phi', 'names',
     'Wafa Haddad <whaddad@linguabridge.net>',
     'Priya Venkataraman <pvenkataraman@riverbendnewcomer.org>',
     'Abu Yousef',
     """Dr. Priya,

Just for your notes before next session: the family calls Mr. Al-Khatib "Abu Yousef"
(father of Yousef, the eldest son) and he introduced himself that way at the group too,
so if the staff hear "Abu Yousef" at the front it is Hassan Al-Khatib, Rania's husband.

He took me aside after and said he also cannot sleep and hears the bombs when the
trucks pass, but he does not want his wife to know he is struggling. I told him I would
tell you, with his permission, and he said yes. Maybe he can have his own appointment?

Wafa Haddad
Certified Medical Interpreter (Arabic)
LinguaBridge Interpreting
""",
     d('2024-09-12 18:20'), patient='Al-Khatib (Hassan)')

emit('phi', 'names',
     'Paw Moo Htoo <pmhtoo@linguabridge.net>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Re: Karen family naming question',
     """Hi Lupe,

Yes so Karen and Burmese people don't usually have family names. "Naw" is a
title for a Karen woman (like Ms), "Saw" for a man. So Naw Eh Htoo is her whole name,
and her husband Saw Kaw Moo does not share any part of it. The kids have completely
different names too. That's why the chart merged wrong.

About Naw Eh Htoo's question at the visit: she is asking if the "sugar test" (the
A1c I think) was bad because the nurse said she has to come back fasting. I told her
I would ask you. Her husband wants to come with her next time.

Paw Moo
Karen / Burmese interpreter

On Tue, Apr 22, 2025 at 11:41 AM Lupe Ferreira <lferreira@riverbendnewcomer.org> wrote:
> Paw Moo, quick q -- the Karen family we saw Monday, which part is the last name?
> registration put everyone under "Htoo"
""",
     d('2025-04-22 15:02'), patient='Naw Eh Htoo')

# =====================================================================
# PHI: self
# =====================================================================
emit('phi', 'self',
     'Fereshta Sultani <fereshta.sultani91@gmail.com>',
     'info@riverbendnewcomer.org',
     'vaccine paper',
     """Hello

my name is Fereshta Sultani, birth 12/03/1991. I come to clinic 2 time for vaccine,
last time lady give me 2 injection in arm. my lawyer say I need the vaccine paper for
green card. can you send me or I come take it?

also my arm still little red and hot from the injection is it normal

thank you
Fereshta
""",
     d('2024-11-25 21:14'), patient='Sultani')

emit('phi', 'self',
     'Amina Warsame <aminawarsame@yahoo.com>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'my daughter second shot',
     """Hi Lupe this is Amina, mother of Hodan Warsame (3 years). You say she need to come
back for second shot of the hepatitis and the polio after one month. One month is
finish now. Can we come friday? I work morning, only after 2 is ok

Also she is still coughing at night, the medicine the doctor give finish.

Thanks
Amina
612 555 0148
""",
     d('2024-12-02 07:45'), patient='Warsame')

emit('phi', 'self',
     'Anneke van der Molen <anneke.vdmolen@outlook.com>',
     'Riverbend Scheduling <scheduling@riverbendnewcomer.org>',
     'Immigration medical exam on Monday - missing vaccine records',
     """Hi there,

I have my green card medical with Dr. Marchetti on Monday 3 June at 8:30 (I'm
applying through marriage, my attorney's office booked it). I've just realised my Dutch
vaccination booklet is at my parents' house in Utrecht and won't get here in time.

I'm fairly certain I had MMR as a child and I definitely had chickenpox at about 6.
I also had a BCG as a baby, so I'm worried the TB test will come out positive -- my
GP back home always said I'd "light up" on skin tests.

Should I still come Monday, or move it? Happy to have blood tests for immunity instead
of the shots if that is an option.

Many thanks,
Anneke van der Molen
(DOB 22 Jan 1993, in case you need to find my booking)
""",
     d('2024-05-30 19:02', 1), patient='van der Molen')

emit('phi', 'self',
     'Mykola Shevchuk <m.shevchuk79@ukr.net>',
     'Nadia Petrenko <npetrenko@riverbendnewcomer.org>',
     'blood pressure pills',
     """Good day Nadia,

Mykola Shevchuk, DOB 1979-08-14. I was at your clinic in April for the medical exam
for U4U. The doctor gave me amlodipine 5 mg for blood pressure for 30 days and said
to get a family doctor. I still have no family doctor, the Medicaid card did not come
yet, and the pills finished 4 days ago. This morning pressure was 168/102 on the
machine in the pharmacy.

Please can the doctor give me one more month? Pharmacy is Walgreens on Cedar.

Thank you very much,
Mykola
""",
     d('2024-06-11 06:38'), patient='Shevchuk')

emit('phi', 'self',
     'Tsegaye G. <tsegaye.gm@gmail.com>',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'Re: liver doctor',
     """Dear Doctor,

I went to the liver doctor you send me. She say I start the tenofovir one pill every
day, maybe for long time. I start on monday. Since this I feel tired and some
headache, is this from the pill? I must work night shift at the warehouse.

Also she ask to check my wife again. My wife is ok you say before, she is immune. Is
it true?

Thank you for everything
Tsegaye

On Oct 15, 2024, at 11:02 AM, Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org> wrote:
> Mr. Gebremedhin, I have sent your referral to Dr. Fairbourne at Lakeland Liver
> Associates. They will call you to schedule. Please bring all your medicines.
""",
     d('2024-11-08 22:51'), patient='Gebremedhin')

emit('phi', 'self',
     'Yesenia Catalán Ruiz <yesenia.catalan.r@gmail.com>',
     'Priya Venkataraman <pvenkataraman@riverbendnewcomer.org>',
     'can I still come to the therapy',
     """Dr Priya, hi, is Yesenia (Yesi). Sorry for my english. I miss the last 2 session
because my shift change at the hotel. The dreams are back, every night about the man
in the truck at the border, and I don't want to go out of the house. I stop taking
the prazosin because it make me dizzy at work.

My asylum hearing is in January and my lawyer say it helps if I have a letter from you
that I am in treatment. Is possible?

Can I come Saturdays? Or by video?

Y.
""",
     d('2024-10-29 23:40'), patient='Catalán Ruiz',
     cte='base64')

emit('phi', 'self',
     'Hassan Al-Khatib <abuyousef.alkhatib@gmail.com>',
     'info@riverbendnewcomer.org',
     'Result of hepatitis test',
     """Hello,

I am Hassan Al-Khatib, we came to your clinic in August with family for the first
health check. Doctor said they will call us for the result of the hepatitis test for
me and my wife Rania, and nobody call. The paper from the caseworker say "HBsAg
reactive" for me. What is this mean? Is dangerous for my children?

My phone 555-362-8814, please call after 5. Or WhatsApp.

Hassan
Apt 3B, 410 Lorimer St
""",
     d('2024-09-24 17:55'), patient='Al-Khatib')

# =====================================================================
# PHI: ids
# =====================================================================
emit('phi', 'ids',
     'Denise Ruiz-Whitaker <druiz@oklimmigration.com>',
     'Riverbend Civil Surgeon Office <civilsurgeon@riverbendnewcomer.org>',
     'I-693 pick up - A# 212-345-678',
     """Hello,

Checking on the sealed I-693 for our client:

Name: KARIMI, Jawad
A-Number: A212-345-678
DOB: 3.4.88
Exam date: 04/29/2024

He said he still owed you the chest x-ray because his IGRA was positive. Was that done
and is the form signed? We need to file by the 20th.

Thanks,
Denise Ruiz-Whitaker | Senior Paralegal
Okafor & Lindqvist Immigration Law, PLLC | 555.410.7720
""" + DISCL,
     d('2024-05-13 09:12'), patient='Karimi')

emit('phi', 'ids',
     'Riverbend Lab <lab@riverbendnewcomer.org>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'QFT indeterminate - redraw needed',
     """Joanne,

Reference lab called - the following came back INDETERMINATE (mitogen low):

  Acc# QF24-118803   MRN 0048812   collected 07/29 09:40
  Acc# QF24-118811   MRN 0048815   collected 07/29 10:05

Both from the Monday arrivals batch (the Farah family, mom and the 15 yo). Tubes
were sitting over the weekend at the courier drop, probably incubation delay. Please
schedule redraws, ideally Mon-Wed mornings so they make the same-day courier.

- Ken, lab
""",
     d('2024-08-01 11:27'), patient='Farah')

emit('phi', 'ids',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'Lakeland Medicaid Provider Services <provider.help@lakelandmedicaid.gov>',
     'eligibility not showing - refugee medical assistance',
     """Hello,

We're getting "member not found" on the portal for the below. Patient arrived 06/02/2024
and the resettlement agency says RMA was approved. We already did the domestic
screening (99204, 86480, 87340, 86706, 80053, 85025, 71046) on 06/12.

Member ID: LK7740193522
Last name: Osman   First: Hamdi
DOB: 19880304
Address on file: 2219 Pell Rd Apt 7, Marlow LK 55417

Can you check if it's under a different DOB? Many of our arrivals have 01/01 DOBs on
their I-94 and the system might have that instead.

Marcus Oyelaran
Billing & Revenue Cycle
Riverbend Newcomer Health Clinic | 555-201-4490
""",
     d('2024-07-02 14:06'), patient='Osman')

emit('phi', 'ids',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Rahim Stanekzai <rstanekzai@riverbendnewcomer.org>',
     'home DOT tomorrow',
     """Rahim, you're covering home DOT tomorrow AM. Address is

   1846 Carver Ave, Unit 2 (side door, blue awning)
   Marlow 55412
   cell 555-290-7316 (son's phone, he translates)

She takes her RIPE pills at 7:30 before breakfast, watch all 4, check for the rash on
her arms again and ask about vision (ethambutol). If she's not home call me right away.
Chart is under Mirwais, Bibi Gul.

thx J
""",
     d('2024-09-09 16:55'), patient='Mirwais')

emit('phi', 'ids',
     'Carol Aitken <carol.aitken@health.lakeland.gov>',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'EDN notification - Class B1 TB arrival',
     """Dr. Asante-Boateng,

The following arrival was notified through EDN with a Class B1 pulmonary TB
condition and has been assigned to Riverbend for TB evaluation within 30 days:

   Name .......... HAQQANI, Mohammad Ismail
   Alien # ....... 219 004 361
   DOB ........... 4 Mar 1988
   Arrival ....... 2024-08-19 (ORD)
   I-94 .......... 98 765432 1A7
   Overseas ...... CXR abnormal (fibrosis LUL), sputum smear x3 neg, culture neg
                   completed 6 mo treatment in Kabul 2021 per DS-3030

Please return the TB Follow-up Worksheet by 9/30. Resettlement agency is Harborline
(Ahmad Farooqi).

Carol Aitken, RN, MPH
Refugee Health Coordinator
Lakeland Department of Health, Refugee Health Program
""",
     d('2024-08-26 10:30', -6), patient='Haqqani')

emit('phi', 'ids',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'Patient Accounts <accounts@riverbendnewcomer.org>',
     'acct 100-55821 - write off?',
     """Team,

Acct 100-55821 (Petrov, Anatoliy) has a $312.00 balance from the 2/14 immigration
exam -- the civil surgeon flat fee ($250) plus QuantiFERON ($62). Patient states he
paid cash at the front desk that day but there's no receipt in the system. He's
pleasant on the phone, 555-718-2204.

Can someone check the 2/14 cash log before I send to collections?

M.
""",
     d('2024-04-03 13:20'), patient='Petrov')

emit('phi', 'ids',
     'Beth Lindgren <blindgren@harborline.org>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'school form for case HRS-24-0917',
     """Lupe,

Harborline case HRS-24-0917, child Jamal Abdi Farah, DOB 14-Feb-2016. The school
needs the certificate of immunization by Friday or he can't start. State IIS ID on his
card is 3309-1187-24. Can you print it with what he has so far (I think DTaP 3, IPV 2,
MMR 1, varicella 1) and mark the rest as "in progress"?

Mom's number for pickup: (555) 419-0736.

Beth
""",
     d('2024-08-21 08:15'), patient='Farah')

emit('phi', 'ids',
     'Riverbend Front Desk <frontdesk@riverbendnewcomer.org>',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'chart 88231 walk-in',
     """Dr M,

Walk in at the window - chart 88231, says he's 07/22/1970, got the envelope back from
USCIS with an RFE saying the vaccination page was incomplete (missing flu). Wants to
know if he can just get the flu shot today and you re-sign. He has the RFE letter with
him. Receipt # IOE0912345678.

Can you see him between patients or should I book him?

Rosa
""",
     d('2024-11-04 10:48'), patient='')

# =====================================================================
# PHI: lists
# =====================================================================
emit('phi', 'lists',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Clinic Nurses <nurses@riverbendnewcomer.org>',
     'huddle - Tues arrivals screening',
     """tomorrow's new arrival screenings, interpreters confirmed unless noted

Time\tName\tAge\tLang\tNotes
8:00\tHaidari, Zarmina\t34\tDari\tpregnant ~20wk per agency, needs OB ref, no live vaccines
8:00\tHaidari, Omid\t9\tDari\tlead + CBC, catch-up
8:30\tRahimi, Sayed Jalal\t52\tPashto\tB1 TB, overseas CXR abn, IGRA + CXR today
9:15\tBizimana, Claudine\t27\tKirundi/Swahili\tHBsAg+ overseas, repeat + LFTs
9:15\tBizimana, Aline\t2\tKirundi/Swahili\tlead, Hgb, TST (under 2 -> TST not IGRA)
10:00\tKhin Myat Noe\t45\tBurmese\tDM on metformin, ran out. interp NOT confirmed yet

bring extra butterfly needles for the little ones. thx
""",
     d('2024-07-15 16:44'), patient='Haidari; Rahimi; Bizimana; Khin Myat Noe')

emit('phi', 'lists',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Rahim Stanekzai <rstanekzai@riverbendnewcomer.org>',
     'weekend sign-out',
     """Sign out for Sat/Sun (I'm reachable by cell for anything urgent):

* Bibi Gul Mirwais -- home DOT Sat + Sun 7:30am. Doing great. 1846 Carver.
* Luis de la Cruz -- county has him now, nothing for us, but if he calls about
  nausea tell him take the pills with crackers, not on empty stomach
* Mr. Haqqani -- sputum #2 collected Fri, #3 he'll bring Monday. don't let him
  leave without the cup
* Gul Rahman Zadran -- the 3HP mixup pt. LFTs Fri were ok (ALT 38). restarts
  weekly dosing Thursday. if he calls Samira's on call for Pashto.
* the Farah kid (Jamal) -- TST read due Mon, NOT Sat. 

J
""",
     d('2024-09-13 17:30'), patient='Mirwais; de la Cruz; Haqqani; Zadran; Farah')

emit('phi', 'lists',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'Carol Aitken <carol.aitken@health.lakeland.gov>',
     'Q3 TB follow-up status - Riverbend',
     """Carol, status of our open B1/B2 follow-ups as of today. Worksheets for the closed ones
are in the SFTP folder.

NAME                      ALIEN#        CLASS  IGRA   CXR        STATUS
------------------------  ------------  -----  -----  ---------  ----------------------
HAQQANI, Mohammad Ismail  219004361     B1     POS    fibrosis   sputa x3 pending
HOSSEINI, Zahra           218775102     B1     NEG    granuloma  CLOSED no TB
RAHIMI, Sayed Jalal       219120044     B1     POS    clear      LTBI - 4R started 8/2
NDAYISHIMIYE, Mugisha     218998710     B2     POS    clear      LTBI - declined tx
TESFAY, Senait            219233091     B2     NEG    clear      CLOSED no TB
AUNG, Myo Thant           219301178     B1     IND    pending    redraw 9/30

Two no-shows I'm still chasing through Harborline.

Joanne
""",
     d('2024-09-26 15:10'), patient='Haqqani; Hosseini; Rahimi; Ndayishimiye; Tesfay; Aung')

newarr = csvtext([
    ['Case #', 'Last', 'First', 'DOB', 'Sex', 'Nationality', 'Language', 'Arrival', 'Overseas flags'],
    ['NR-24-1102', 'Ahmadzai', 'Shabnam', '1996-01-01', 'F', 'Afghanistan', 'Pashto', '2024-10-08', 'none'],
    ['NR-24-1102', 'Ahmadzai', 'Wais', '2019-01-01', 'M', 'Afghanistan', 'Pashto', '2024-10-08', 'none'],
    ['NR-24-1103', 'Mukamana', 'Josiane', '1984-07-19', 'F', 'DR Congo', 'Swahili', '2024-10-09', 'HBsAg positive'],
    ['NR-24-1103', 'Habimana', 'Eric', '2011-03-02', 'M', 'DR Congo', 'Swahili', '2024-10-09', ''],
    ['NR-24-1104', 'Al-Hamadi', 'Mahmoud', '1961-11-30', 'M', 'Syria', 'Arabic', '2024-10-10', 'Class B1 TB; HTN'],
    ['NR-24-1105', 'Lwin', 'Htet Htet', '2003-05-25', 'F', 'Burma', 'Burmese', '2024-10-11', 'Class B other: pregnancy'],
])
emit('phi', 'lists',
     'Grace Mutesi <gmutesi@newrootsrs.org>',
     'Riverbend Scheduling <scheduling@riverbendnewcomer.org>',
     'October arrivals for domestic screening',
     """Hi all,

Attached are our arrivals for the week of 10/7 that need the initial health screening
within 30 days. Mr. Al-Hamadi has a Class B1 so please prioritise, and Htet Htet Lwin is
pregnant (about 6 months, she has no prenatal care since the camp).

Let me know what dates work, I'll arrange rides.

Grace Mutesi
Reception & Placement Caseworker | New Roots Resettlement
""",
     d('2024-10-11 12:02'), patient='Ahmadzai; Mukamana; Habimana; Al-Hamadi; Lwin',
     atts=[('NR_arrivals_wk1007.csv', 'text/csv', newarr)])

vx = xlsx([
    ['MRN', 'Patient', 'DOB', 'Vaccine due', 'Dose #', 'Due date', 'Interp'],
    ['0048901', 'Osman, Hamdi', '03/04/1988', 'Hep B', '2 of 3', '08/14/2024', 'Somali'],
    ['0048902', 'Osman, Ayaan', '09/21/2017', 'MMR', '2 of 2', '08/14/2024', 'Somali'],
    ['0048902', 'Osman, Ayaan', '09/21/2017', 'Varicella', '2 of 2', '08/14/2024', 'Somali'],
    ['0048933', 'Shevchuk, Mykola', '08/14/1979', 'Td', '2 of 3', '08/20/2024', 'Ukrainian'],
    ['0048940', 'Popescu-Zahari, Ileana', '11/02/1990', 'HPV', '2 of 3', '08/22/2024', 'none'],
    ['0048951', 'Sultani, Marwa', '05/30/2020', 'IPV', '3 of 4', '08/28/2024', 'Dari'],
    ['0048951', 'Sultani, Marwa', '05/30/2020', 'DTaP', '3 of 5', '08/28/2024', 'Dari'],
], 'Due Aug')
emit('phi', 'lists',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Rosa Quintanilla <rquintanilla@riverbendnewcomer.org>',
     'catch-up vaccines due in August - pls call',
     """Rosa,

Can you and Imani start calling these for their next catch-up doses? Sheet attached.
The Osmans can come together. Marwa Sultani should be seen with mom if possible.

ty!
Lupe
""",
     d('2024-07-30 10:22'), patient='Osman; Shevchuk; Popescu-Zahari; Sultani',
     atts=[('catchup_due_AUG.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', vx)])

linelist = csvtext([
    ['alien_number', 'last_name', 'first_name', 'dob', 'country', 'screen_date', 'hbsag', 'igra', 'lead_ugdl', 'strongy_tx', 'phq9', 'referred'],
    ['218775102', 'HOSSEINI', 'ZAHRA', '1979-06-11', 'AFG', '2024-04-22', 'NEG', 'NEG', '', 'Y', '6', ''],
    ['219004361', 'HAQQANI', 'MOHAMMAD ISMAIL', '1988-03-04', 'AFG', '2024-08-28', 'NEG', 'POS', '', 'Y', '3', 'TB'],
    ['218998710', 'NDAYISHIMIYE', 'MUGISHA', '1985-01-01', 'BDI', '2024-09-05', 'NEG', 'POS', '', 'Y', '2', ''],
    ['218998712', 'NDAYISHIMIYE', 'MUGISHA', '2018-01-01', 'BDI', '2024-09-05', 'NEG', '', '3.1', 'Y', '', ''],
    ['219233091', 'TESFAY', 'SENAIT', '1999-12-01', 'ERI', '2024-09-10', 'POS', 'NEG', '', 'Y', '14', 'BH;HEP'],
    ['219187720', 'MWAMBA', 'BAHATI', '2021-04-17', 'COD', '2024-06-30', 'NEG', '', '9.4', 'Y', '', 'LEAD'],
])
emit('phi', 'lists',
     'Jun Park <jun.park@health.lakeland.gov>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'RE: Q3 domestic screening line list - please verify',
     """Hi Joanne,

Attached is the Q3 line list we have for Riverbend in the refugee health database
(zipped, password is the one Carol phoned you). Please verify the highlighted fields,
especially the two Ndayishimiye records which look like duplicates but I think are
father/son.

Also the PHQ-9 of 14 for Ms. Tesfay -- was a BH referral placed? The field shows BH
but no date.

Thanks,
Jun Park, MPH
Epidemiologist, Refugee Health Program
Lakeland Department of Health

-----Original Message-----
From: Joanne Pruitt <jpruitt@riverbendnewcomer.org>
Sent: Thursday, September 26, 2024 3:10 PM
To: Carol Aitken <carol.aitken@health.lakeland.gov>
Subject: Q3 TB follow-up status - Riverbend

Carol, status of our open B1/B2 follow-ups as of today...
""",
     d('2024-10-03 09:01', -6), patient='Hosseini; Haqqani; Ndayishimiye; Tesfay; Mwamba',
     atts=[('riverbend_Q3_linelist.zip', 'application/zip', zbytes([('riverbend_Q3_linelist.csv', linelist)]))])

emit('phi', 'lists',
     'Kevin Mroz <dispatch@linguabridge.net>',
     'Riverbend Scheduling <scheduling@riverbendnewcomer.org>',
     'Interpreter confirmations wk of 3/10',
     """Confirmed assignments below. Pls reply ASAP if any pt cancels, 24h cancellation fee applies.

| Date  | Time  | Patient               | Language  | Interpreter     | Visit type          |
|-------|-------|-----------------------|-----------|-----------------|---------------------|
| 3/10  | 09:00 | Yusufzai, Laila       | Pashto    | R. Stanekzai*   | I-693 exam          |
| 3/10  | 13:30 | Okonkwo-Bello, Ifeoma | (none)    | --              | cancelled, no interp|
| 3/11  | 10:00 | Al-Khatib, Rania      | Arabic    | W. Haddad       | therapy (BH)        |
| 3/12  | 08:30 | Dao, Thi Lan          | Vietnamese| M. Pham         | colpo f/u           |
| 3/12  | 11:00 | Kovalchuk, Yevhen     | Ukrainian | N. Petrenko*    | HTN f/u             |
| 3/13  | 14:00 | Saw Ler Htoo          | Karen     | Paw Moo Htoo    | DM education        |

* = your staff interpreter, listed for reference only

Kevin Mroz
Scheduling Dispatcher | LinguaBridge Interpreting | 555-600-3131
""",
     d('2025-03-06 16:12'), patient='Yusufzai; Al-Khatib; Dao; Kovalchuk; Saw Ler Htoo',
     html="""<html><body><p>Confirmed assignments below. Pls reply ASAP if any pt cancels, 24h cancellation fee applies.</p>
<table border="1" cellpadding="3"><tr><th>Date</th><th>Time</th><th>Patient</th><th>Language</th><th>Interpreter</th><th>Visit type</th></tr>
<tr><td>3/10</td><td>09:00</td><td>Yusufzai, Laila</td><td>Pashto</td><td>R. Stanekzai*</td><td>I-693 exam</td></tr>
<tr><td>3/10</td><td>13:30</td><td>Okonkwo-Bello, Ifeoma</td><td>(none)</td><td>--</td><td>cancelled, no interp</td></tr>
<tr><td>3/11</td><td>10:00</td><td>Al-Khatib, Rania</td><td>Arabic</td><td>W. Haddad</td><td>therapy (BH)</td></tr>
<tr><td>3/12</td><td>08:30</td><td>Dao, Thi Lan</td><td>Vietnamese</td><td>M. Pham</td><td>colpo f/u</td></tr>
<tr><td>3/12</td><td>11:00</td><td>Kovalchuk, Yevhen</td><td>Ukrainian</td><td>N. Petrenko*</td><td>HTN f/u</td></tr>
<tr><td>3/13</td><td>14:00</td><td>Saw Ler Htoo</td><td>Karen</td><td>Paw Moo Htoo</td><td>DM education</td></tr></table>
<p>* = your staff interpreter, listed for reference only</p>
<p>Kevin Mroz<br>Scheduling Dispatcher | LinguaBridge Interpreting | 555-600-3131</p></body></html>""")

# =====================================================================
# PHI: struct
# =====================================================================
emit('phi', 'struct',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Quest Interface Support <interfaces@meridianreflab.com>',
     'ORU not filing - QFT results land in unsolicited queue',
     r"""Hi,

Our QuantiFERON results from you are dropping into the unsolicited results queue
instead of matching the order. Example from this morning below. I think OBX-5 coming
back as text "Positive" plus the separate numeric OBXs is fine, but ORC-2 is empty so
our engine can't match the placer order. Can you look?

MSH|^~\&|MERIDIAN|MRL|ATHENA|RIVERBEND|20240731061522||ORU^R01|MRL0731061522004|P|2.5.1
PID|1||0048815^^^RNHC^MR||FARAH^SAHRA^ABDI||19810101|F|||2219 PELL RD APT 7^^MARLOW^LK^55417||5554190736
ORC|RE||QF24-118811
OBR|1||QF24-118811|QFT4^QuantiFERON-TB Gold Plus^L|||20240729100500|||||||||1457382^MARCHETTI^HELENA
OBX|1|ST|QFT4^QFT Plus Result^L||Indeterminate||||||F
OBX|2|NM|NIL^Nil^L||0.08|IU/mL|||||F
OBX|3|NM|MIT^Mitogen-Nil^L||0.21|IU/mL|<0.50|L|||F
NTE|1||Mitogen response low. Recommend recollection.

Thanks
Tom Bielski
IT / Interfaces, Riverbend Newcomer Health Clinic
""",
     d('2024-07-31 08:40'), patient='Farah')

adt = r"""MSH|^~\&|ATHENA|RIVERBEND|STATEIIS|LKDOH|20241009141233||ADT^A04|RB00091822|P|2.5.1
EVN|A04|20241009141200
PID|1||0049122^^^RNHC^MR~219301178^^^USCIS^AN||AUNG^MYO THANT||19770615|M||2028-9^Asian|77 ASHBY CT^^MARLOW^LK^55419||^PRN^PH^^^555^2817740|||||||||||BURMA
PD1||||1861133^VENKATARAMAN^PRIYA
PV1|1|O|RNHC^TB^01||||1457382^MARCHETTI^HELENA|||||||||||||V240911
IN1|1|RMA01|LKRMA|LAKELAND REFUGEE MEDICAL ASSISTANCE|||||||||||||AUNG^MYO THANT|SELF|19770615
"""
emit('phi', 'struct',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Interface Team <interfaces@riverbendnewcomer.org>',
     'A04 rejects to state - PID-3 repeat',
     """Attached the raw A04 that the state rejected overnight. They don't like the A-number
riding in PID-3 as a second identifier (USCIS^AN). Jun at DOH says put it in PID-4 or
drop it. Before I change the mapping -- Helena, does anything downstream rely on it?

Tom
""",
     d('2024-10-10 07:55'), patient='Aung',
     atts=[('adt_a04_reject_20241009.hl7', 'text/plain', adt)])

emit('phi', 'struct',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'EDI Support <edisupport@clearpathclaims.com>',
     '837P rejected 2300 CLM - claim for refugee screening',
     """Hello Clearpath,

The claim below bounced with "CLM05-3 invalid frequency code" but as far as I can see
it's a 1 (original). Pasting the relevant part of the file. Batch ID RB-0612-07.

ST*837*0007*005010X222A1~
BHT*0019*00*RB0612007*20240613*0915*CH~
NM1*85*2*RIVERBEND NEWCOMER HEALTH CLINIC*****XX*1588774320~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*OSMAN*HAMDI****MI*LK7740193522~
N3*2219 PELL RD APT 7~
N4*MARLOW*LK*55417~
DMG*D8*19880304*F~
NM1*PR*2*LAKELAND MEDICAID*****PI*LKMCD~
CLM*RB24061201*486.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z0389*ABF:Z1159*ABF:R7611~
LX*1~
SV1*HC:99204*245.00*UN*1***1~
DTP*472*D8*20240612~
LX*2~
SV1*HC:86480*95.00*UN*1***1:2~
DTP*472*D8*20240612~
SE*21*0007~

Thanks,
Marcus
""",
     d('2024-06-14 11:40'), patient='Osman')

emit('phi', 'struct',
     'Rosa Quintanilla <rquintanilla@riverbendnewcomer.org>',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'FW: 271 says inactive??',
     """Marcus is this right? The eligibility check for Mrs Ahmadzai says coverage ended but
she only arrived in October. She's here for her 2nd visit now, sitting in the lobby.
copied the response:

ISA*00*          *00*          *ZZ*LKMEDICAID     *ZZ*RIVERBEND      *241119*1012*^*00501*000004471*0*P*:~
GS*HB*LKMEDICAID*RIVERBEND*20241119*1012*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RB1119A*20241119*1012~
HL*1**20*1~
NM1*PR*2*LAKELAND MEDICAID*****PI*LKMCD~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND NEWCOMER HEALTH CLINIC*****XX*1588774320~
HL*3*2*22*0~
NM1*IL*1*AHMADZAI*SHABNAM****MI*LK8812045517~
DMG*D8*19960101*F~
EB*6**30~
DTP*346*D8*20241008~
DTP*347*D8*20241031~
MSG*RMA ELIGIBILITY PENDING REDETERMINATION~
SE*13*0001~

rosa
""",
     d('2024-11-19 10:14'), patient='Ahmadzai')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rnhc-0048951",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9901.1", "value": "0048951"}],
        "name": [{"family": "Sultani", "given": ["Marwa"]}],
        "gender": "female",
        "birthDate": "2020-05-30",
        "address": [{"line": ["88 Fenwick St Apt 12"], "city": "Marlow", "state": "LK", "postalCode": "55412"}],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "prs"}]}, "preferred": true}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
        "patient": {"reference": "Patient/rnhc-0048951"},
        "occurrenceDateTime": "2024-11-06",
        "lotNumber": "Y0021KT",
        "doseQuantity": {"value": 0.5, "unit": "mL"}
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "21", "display": "varicella"}]},
        "patient": {"reference": "Patient/rnhc-0048951"},
        "occurrenceDateTime": "2024-11-06",
        "lotNumber": "X9913PL"
      }
    }
  ]
}
"""
emit('phi', 'struct',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Priya Nandakumar <pnandakumar@immunolink.io>',
     'Re: FHIR export missing reaction',
     """Priya (the other one :) ) -- here's the bundle our export produced for the kid with the
ER visit after MMR/varicella. Nurse documented a post-vaccine rash + fever as an adverse
reaction in the chart, but there's no reaction[] on the Immunization resources. Is that
a config flag on your side?

""" + fhir + """
Tom
""",
     d('2024-11-21 13:02'), patient='Sultani',
     atts=[('bundle_0048951.json', 'application/json', fhir.encode('utf-8'))])

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9901.1" extension="0049210"/>
      <addr><streetAddressLine>512 Garnet Way</streetAddressLine><city>Marlow</city><state>LK</state><postalCode>55419</postalCode></addr>
      <telecom value="tel:+1-555-281-6650"/>
      <patient>
        <name><given>Oleksandr</given><family>Hnatyuk</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19650912"/>
        <languageCommunication><languageCode code="uk"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <entry><observation classCode="OBS" moodCode="EVN">
        <value xsi:type="CD" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" code="E11.9" codeSystem="2.16.840.1.113883.6.90" displayName="Type 2 diabetes mellitus without complications"/>
      </observation></entry>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>metformin 1000 mg PO BID; atorvastatin 20 mg PO nightly</text>
    </section></component>
    <component><section>
      <title>Results</title>
      <text>HbA1c 8.9% (2025-01-14); QuantiFERON negative (2024-12-02)</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
emit('phi', 'struct',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Marlow Family Medicine Intake <newpatients@marlowfm.org>',
     'transfer of care - CCD for new PCP',
     """Hi,

Per the referral faxed last week, Mr. Hnatyuk is establishing primary care with you
now that his initial screening with us is done. His CCD is below since your portal
wouldn't accept our upload (sorry, pasted from the export):

""" + ccd + """
He speaks Ukrainian and some Russian; Nadia from our staff can join by phone for the
first visit if helpful.

Lupe Ferreira, RN | Riverbend Newcomer Health Clinic
""",
     d('2025-01-20 14:25'), patient='Hnatyuk', cte='quoted-printable')

emit('phi', 'struct',
     'Jun Park <jun.park@health.lakeland.gov>',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'IIS VXU errors from Riverbend (3 msgs)',
     r"""Tom,

LK-IIS rejected three VXUs from you yesterday with "RXA-5 CVX invalid". One of them
pasted below -- you're sending CVX 208 for a Ukrainian-schedule dose recorded from a
paper record, should be historical with the RXA-9 source 01, and the code is wrong for
a 2024 dose.

MSH|^~\&|ATHENA|RIVERBEND|LKIIS|LKDOH|20250211093011||VXU^V04^VXU_V04|RB0211093011|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||0049210^^^RNHC^MR||HNATYUK^OLEKSANDR||19650912|M|||512 GARNET WAY^^MARLOW^LK^55419||^PRN^PH^^^555^2816650
ORC|RE||RB-IMM-55182
RXA|0|1|20211104|20211104|208^COVID-19 Pfizer 30mcg/0.3mL^CVX|999|||01^Historical^NIP001
RXA|0|1|20250210|20250210|115^Tdap^CVX|0.5|mL||00^New admin^NIP001|||||U1147AA||PMC^Sanofi

The other two are for the same family (wife Halyna, son Taras). Can you fix the map
and resend?

Jun Park | Refugee Health Program | Lakeland DOH
""",
     d('2025-02-12 10:44', -6), patient='Hnatyuk')

# =====================================================================
# PHI: lang
# =====================================================================
emit('phi', 'lang',
     'Marisol Tzoc <marisoltzoc94@gmail.com>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'pregunta de las vacunas de mi hijo',
     """Hola buenas tardes señorita Lupe

soy Marisol Tzoc Ajú, fecha de nacimiento 02/09/1994. Le escribo porque la escuela de
mi hijo Kevin (7 años) me dice que le faltan vacunas, la de varicela y la de hepatitis
A. Ustedes le pusieron 3 vacunas el mes pasado, ¿no eran esas?

Tambien quería preguntar, las pastillas para la tuberculosis latente (la rifampicina)
se me acaban el viernes, ¿tengo que ir a recoger más o ya terminé los 4 meses? Me
dijeron que la orina iba a salir anaranjada y si, sale así.

Mi abogada dice que necesita el papel del examen médico también.

Gracias, que Dios la bendiga
Marisol
""",
     d('2024-10-02 15:33', -5), patient='Tzoc Ajú')

emit('phi', 'lang',
     'Samira Haidari <shaidari@riverbendnewcomer.org>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     'FW: پیام از عبدالواحد نورزی',
     """Joanne - Mr Noorzai sent this to my work email. Summary: after the 3rd weekly dose
he had vomiting and a headache that night, wants to know if he can take it at night
instead, and asks about his baby's skin test. I'll translate fully in the morning.
- Samira

-----Original Message-----
From: abdulwahid noorzai <aw.noorzai@gmail.com>
Sent: Thursday, June 27, 2024 9:48 PM
To: Samira Haidari <shaidari@riverbendnewcomer.org>
Subject: پیام از عبدالواحد نورزی

سلام خانم سمیرا جان،

من عبدالواحد نورزی هستم. امروز پنجشنبه سومین دوز دوای توبرکلوز را در کلینیک خوردم.
امشب استفراغ کردم و سرم بسیار درد می‌کند. آیا می‌توانم هفته آینده دوا را شب بخورم؟

همچنان می‌خواستم بپرسم که نتیجه تست جلدی دخترم مریم چه شد؟ نرس گفت که خوب است ولی
من کاغذ آن را نگرفتم.

تشکر فراوان
عبدالواحد
""",
     d('2024-06-28 07:20'), patient='Noorzai')

emit('phi', 'lang',
     'Layla Al-Hamadi <layla.hamadi02@hotmail.com>',
     'Wafa Haddad <whaddad@linguabridge.net>',
     'بخصوص والدي محمود الحمادي',
     """مرحبا أستاذة وفاء،

أنا ليلى ابنة محمود الحمادي. أبي كان عندكم في العيادة يوم الثلاثاء مع الدكتورة
ماركيتي. عملوا له صورة أشعة للصدر وأخذوا منه عينات بلغم ثلاث مرات. الدكتورة قالت إنهم
سيتصلون به عندما تظهر النتيجة، لكن لم يتصل أحد حتى الآن.

أيضاً دواء الضغط (أملوديبين) خلص منذ يومين، والضغط اليوم كان ١٧٥ على ١٠٠. هل يمكن
أن تسألي الدكتورة إذا تستطيع أن ترسل وصفة جديدة للصيدلية؟

رقمي ٥٥٥-٣٩٠-٢٢٤١

شكراً جزيلاً
ليلى
""",
     d('2024-10-24 20:05'), patient='Al-Hamadi')

emit('phi', 'lang',
     'Галина Гнатюк <h.hnatyuk65@ukr.net>',
     'Nadia Petrenko <npetrenko@riverbendnewcomer.org>',
     'Щодо аналізів чоловіка',
     """Добрий день, пані Надіє!

Пише Галина Гнатюк, дружина Олександра Гнатюка (дата народження 12.09.1965). Минулого
тижня лікар сказав, що в нього цукор дуже високий — гемоглобін А1с 8,9 — і збільшив
метформін до 1000 мг двічі на день. Але тепер у нього болить живіт і діарея. Чи можна
зменшити дозу, поки не буде прийому в новому сімейного лікаря?

І ще: мені потрібна довідка про щеплення (кір, правець) для роботи в школі. Я отримала
щеплення у вас 10 лютого.

Дякую, з повагою,
Галина
тел. 555-281-6650
""",
     d('2025-01-27 18:12'), patient='Hnatyuk')

emit('phi', 'lang',
     'Grace Mutesi <gmutesi@newrootsrs.org>',
     'Josiane Mukamana <josianemukamana84@gmail.com>',
     'Miadi ya kliniki - matokeo ya damu',
     """Habari Mama Josiane,

Kliniki ya Riverbend imenipigia simu leo. Matokeo ya kipimo chako cha damu cha homa ya
ini (hepatitis B) yamefika, na daktari Asante anataka kukuona Jumanne tarehe 5 Novemba
saa tatu asubuhi (9:00) kuzungumza kuhusu matokeo na kupima ini kwa ultrasound.

Tafadhali lete dawa zako zote na kadi ya Medicaid. Mkalimani wa Kiswahili atakuwepo.

Pia Eric anahitaji sindano yake ya pili ya hepatitis B na ya pepopunda siku hiyo hiyo,
kwa hiyo njoo naye baada ya shule, saa nane.

Nitakuja kukuchukua saa 2:30.

Asante,
Grace Mutesi
Mfanyakazi wa Kesi | New Roots Resettlement
""",
     d('2024-10-30 11:18'), patient='Mukamana')

emit('phi', 'lang',
     'Jean-Baptiste Dorvilus <jbdorvilus@yahoo.fr>',
     'Riverbend Civil Surgeon Office <civilsurgeon@riverbendnewcomer.org>',
     'Egzamen imigrasyon - rezilta',
     """Bonjou,

Mwen se Jean-Baptiste Dorvilus, dat nesans 17/06/1983. Mwen te fè egzamen medikal
imigrasyon an lakay nou 12 mas la ak Doktè Marchetti. Yo te rele m pou di tès
tibèkiloz la (tès san an) soti pozitif, e fòk mwen fè yon radyografi pwatrin. Mwen
fè radyografi a vandredi pase nan lopital St. Adalbert.

Èske rezilta a bon? Avoka m di li bezwen fòm I-693 la avan 15 avril. Mwen pa gen tous,
mwen pa gen lafyèv, mwen santi m byen.

Mèsi anpil
Jean-Baptiste
+1 555 407 1193
""",
     d('2025-03-24 12:47'), patient='Dorvilus', cte='quoted-printable')

emit('phi', 'lang',
     'Trần Văn Minh <tranvanminh.mpls@gmail.com>',
     'Daniel Kyaw <dkyaw@newrootsrs.org>',
     'Kết quả sinh thiết của vợ tôi',
     """Chào anh Daniel,

Tôi là Trần Văn Minh, chồng của Nguyễn Thị Hoa. Vợ tôi đã đi soi cổ tử cung ở phòng
khám Riverbend hôm thứ Ba ngày 12/11. Bác sĩ có lấy một mẫu sinh thiết và nói sẽ gọi
báo kết quả trong vòng 2 tuần, nhưng đã 3 tuần rồi vẫn chưa ai gọi.

Vợ tôi rất lo lắng, tối không ngủ được. Anh có thể gọi phòng khám hỏi giúp được không?
Hoa sinh ngày 08/03/1987 nếu họ cần.

Cảm ơn anh nhiều.
Minh
""",
     d('2024-12-03 19:30'), patient='Nguyễn')

# =====================================================================
# CLEAN: admin
# =====================================================================
emit('clean', 'admin',
     'Rosa Quintanilla <rquintanilla@riverbendnewcomer.org>',
     'All Staff <allstaff@riverbendnewcomer.org>',
     'Interpreter schedule - week of Jan 13',
     """Hi everyone, staff interpreter coverage for next week:

Mon 1/13   Samira Haidari (Dari/Pashto) 8-4:30 | Nadia Petrenko (Ukr/Rus) 12-8
Tue 1/14   Samira 8-4:30 | Rahim Stanekzai (Pashto/Dari) 8-12
Wed 1/15   Nadia 8-4:30 | NO Pashto in-house -> use LinguaBridge phone line 555-600-3100
Thu 1/16   Samira, Rahim, Nadia all in (TB clinic day)
Fri 1/17   Rahim 8-12, Nadia 8-12, clinic closes at 1 for staff training

Arabic, Swahili, Burmese, Karen, Tigrinya are all through LinguaBridge, book 48h ahead.
Video remote (VRI) iPads are charging in room 4.

Rosa Quintanilla
Front Desk Supervisor | ext. 4401
""",
     d('2025-01-09 15:50'))

emit('clean', 'admin',
     'IT Helpdesk <helpdesk@riverbendnewcomer.org>',
     'Joanne Pruitt <jpruitt@riverbendnewcomer.org>',
     '[Ticket #INC-20931] EDN portal password reset - Resolved',
     """Hello Joanne,

Your ticket INC-20931 "can't log in to CDC EDN portal, locked out" has been resolved.

Resolution: The EDN account is administered by the state, not by Riverbend IT. We
contacted Jun Park at Lakeland DOH (555-702-3380) who unlocked your account. You will
receive a temporary password by email from the state system; it expires in 24 hours.

Reminder: do not save the EDN password in the browser on shared clinic workstations.

If the issue is not fixed, reply to this email within 5 business days to reopen.

Riverbend IT Helpdesk | ext. 4500 | helpdesk@riverbendnewcomer.org
""",
     d('2024-08-27 11:03'))

emit('clean', 'admin',
     'LinguaBridge Accounts Receivable <ar@linguabridge.net>',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'Invoice LB-2024-1187 - October interpreting services',
     """Dear Marcus,

Please find below a summary of invoice LB-2024-1187 for October 2024.

  Onsite interpreting (Arabic, Swahili, Tigrinya, Karen)    61.5 hrs  @ $58.00  $3,567.00
  Over-the-phone interpreting                               412 min   @ $1.15     $473.80
  Video remote interpreting                                 188 min   @ $1.95     $366.60
  Late cancellation fees (3)                                          @ $45.00    $135.00
                                                                       TOTAL     $4,542.40

Payment terms: Net 30. PO #RB-PO-24-0381. Remit to LinguaBridge Interpreting LLC,
PO Box 7718, Marlow LK 55401. ACH details on file.

Detailed session logs are available in the client portal (session IDs only).

Thank you for your business,
Theresa Kowalczyk
Accounts Receivable, LinguaBridge Interpreting
555-600-3135
""",
     d('2024-11-05 09:00'))

emit('clean', 'admin',
     'Kendra Oduya <koduya@riverbendnewcomer.org>',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Onboarding - new RN start date 2/3',
     """Hi Lupe,

Welcome note for your new hire so you can plan orientation:

  Name: Thomas Nguyen-Ellery, RN
  Start: Monday 2/3/2025, 8:00 am, HR office (room 110)
  Badge photo + I-9 first hour; EHR training Tue/Wed with Tom Bielski
  TB fit-testing for N95: Thursday 2/6 at 2:00 with Employee Health
  His own QuantiFERON and hep B titer paperwork is complete (clearance on file in HR,
  not shared here)

Please have his preceptor assigned by Friday. Payroll questions to me.

Kendra Oduya, SHRM-CP
Human Resources Generalist
Riverbend Newcomer Health Clinic | 555-201-4412
""",
     d('2025-01-22 13:14'))

emit('clean', 'admin',
     'Facilities <facilities@riverbendnewcomer.org>',
     'Clinic Nurses <nurses@riverbendnewcomer.org>',
     'Room 7 (AII room) out of service Thursday',
     """Heads up -- the airborne isolation room (exam 7) will be out of service Thursday
7am-1pm while Northstar Mechanical recertifies the negative-pressure exhaust fan and
replaces the HEPA filter. Work order WO-2024-0615.

If you have anyone coming in for sputum induction or a suspected active TB rule-out
that morning, please move them to the afternoon or use the outdoor collection booth.

Contact Dale Hurtado, facilities, 555-201-4460 / cell 555-209-8815.
""",
     d('2024-06-17 08:00'))

emit('clean', 'admin',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'civil surgeon coverage while I\'m out 12/20-1/3',
     """Kwame,

As discussed, I'm out 12/20 through 1/3. Dr. Arjun Mehrotra (USCIS civil surgeon #
designation on the locator, he's at Northside Family Practice) has agreed to sign any
I-693s for exams completed before I leave if the supplement pieces come in while I'm
gone. I'm leaving him a list in the shared drive, not emailing it.

Front desk should NOT book new immigration exams for those two weeks -- refer callers
to the USCIS civil surgeon locator.

Also: the I-693 form edition changes in January per the USCIS site, please ask Rosa
to toss the old blank forms in the cabinet.

Helena
""",
     d('2024-12-10 17:26'))

emit('clean', 'admin',
     'Clearpath Claims Notifications <noreply@clearpathclaims.com>',
     'Marcus Oyelaran <moyelaran@riverbendnewcomer.org>',
     'Scheduled maintenance: claims submission unavailable Sat 11/16 10pm - Sun 4am CT',
     """Clearpath Claims - Service Notice

Batch claim submission (837P/837I), eligibility (270/271) and ERA retrieval (835) will
be unavailable during scheduled maintenance:

    Saturday, November 16, 2024 10:00 PM CT through Sunday, November 17, 4:00 AM CT

Claims submitted during this window will be queued and processed after completion.
No action is required.

Submitter ID: RB0441   Account manager: Lisa Tran, 1-800-555-0199

Clearpath Claims, Inc. | 400 Commerce Pkwy, Suite 200 | Do not reply to this message.
""",
     d('2024-11-12 06:00', -6),
     html="""<html><body style="font-family:Arial"><h3>Clearpath Claims &mdash; Service Notice</h3>
<p>Batch claim submission (837P/837I), eligibility (270/271) and ERA retrieval (835) will be unavailable during scheduled maintenance:</p>
<p><b>Saturday, November 16, 2024 10:00 PM CT through Sunday, November 17, 4:00 AM CT</b></p>
<p>Claims submitted during this window will be queued and processed after completion. No action is required.</p>
<p>Submitter ID: RB0441 &nbsp; Account manager: Lisa Tran, 1-800-555-0199</p>
<p style="font-size:10px;color:#777">Clearpath Claims, Inc. | 400 Commerce Pkwy, Suite 200 | Do not reply to this message.</p></body></html>""")

# =====================================================================
# CLEAN: lookalike
# =====================================================================
emit('clean', 'lookalike',
     'Marlow Veterinary Hospital <reminders@marlowvet.com>',
     'Lupe Ferreira <lupe.ferreira.home@gmail.com>',
     'Biscuit is due for vaccines!',
     """Hi Lupe,

Our records show that your patient, BISCUIT (canine, Beagle mix, 6 yrs), is due for:

   - Rabies (3 year)          due 09/14/2024
   - DHPP booster             due 09/14/2024
   - Bordetella (kennel cough) due 10/01/2024
   - Heartworm test + fecal    due 10/01/2024

Patient ID: MVH-22817   Client account: 40019

Book online or call us at 555-233-7387. Ask about our senior wellness bloodwork panel!

Dr. Renata Solberg, DVM and the Marlow Vet team
""",
     d('2024-08-30 07:00'),
     html="""<html><body><p>Hi Lupe,</p><p>Our records show that your patient, <b>BISCUIT</b> (canine, Beagle mix, 6 yrs), is due for:</p>
<ul><li>Rabies (3 year) &mdash; due 09/14/2024</li><li>DHPP booster &mdash; due 09/14/2024</li><li>Bordetella (kennel cough) &mdash; due 10/01/2024</li><li>Heartworm test + fecal &mdash; due 10/01/2024</li></ul>
<p>Patient ID: MVH-22817 &nbsp; Client account: 40019</p><p>Book online or call us at 555-233-7387.</p>
<p>Dr. Renata Solberg, DVM and the Marlow Vet team</p></body></html>""")

emit('clean', 'lookalike',
     'Lakeshore Community Credit Union <alerts@lakeshoreccu.org>',
     'Marcus Oyelaran <marcus.oyelaran@gmail.com>',
     'Your statement is ready - Member #00418827',
     """Dear Marcus Oyelaran,

Your October e-statement for Member #00418827 is now available in online banking.

   Share Savings  (xxx-01)   ending balance   $2,114.62
   Checking       (xxx-10)   ending balance     $871.09
   Auto Loan      (xxx-40)   next payment due 11/15/2024  $312.00

Reminder: Lakeshore CCU will never ask for your PIN or one-time passcode by phone
or email. Questions? Call Member Services at 555-880-1200.

Lakeshore Community Credit Union | Federally insured by NCUA
""",
     d('2024-11-02 05:30'))

emit('clean', 'lookalike',
     'Ironworks Fitness <frontdesk@ironworksfit.com>',
     'Nadia Petrenko <nadia.petrenko.ua@gmail.com>',
     'Your body composition results + trainer intake',
     """Hi Nadia!

Thanks for doing your InBody scan with Coach Derrick on Saturday. Member #IW-55120.

   Weight: 61.8 kg    Body fat: 27.4%    Skeletal muscle mass: 24.1 kg
   Visceral fat level: 6    BMR: 1,338 kcal

Your 12-week "Strong Start" program begins Tuesday at 6:15 pm. Please bring the
PAR-Q form (the little health questionnaire) filled in -- just to make sure you're
cleared for exercise. If you answered yes to any question, check with your doctor
first.

See you on the floor!
Derrick Amos, NASM-CPT
Ironworks Fitness | 555-611-0420
""",
     d('2024-09-16 10:15'))

emit('clean', 'lookalike',
     'Canopy Tree Care <office@canopytreecare.com>',
     'Kwame Asante-Boateng <kwame.ab@fastmail.com>',
     'Estimate #T-3318 - tree surgery, 48 Birchwood Lane',
     """Hello Dr. Asante-Boateng,

Thanks for having us out. Our arborist's assessment of the silver maple in the
back yard:

  - Significant decay at the base of the second leader (cavity ~40 cm), fungal
    fruiting bodies present (likely Ganoderma). Prognosis poor.
  - Recommend removal of the affected limb and crown reduction of 20%, with
    re-inspection in 12 months. Full removal if decay progresses.
  - The oak near the garage looks healthy, minor deadwood only.

Estimate #T-3318
  Limb removal + crown reduction       $1,450
  Stump grinding (optional)              $275
  Debris haul-away                       incl.

We can schedule the surgery for the week of 10/21. Certified arborist: Mateo Lindahl,
ISA #MN-4471A. Call 555-770-8733.

Canopy Tree Care
""",
     d('2024-10-08 16:02'))

emit('clean', 'lookalike',
     'Northwind Airlines <itinerary@northwindair.com>',
     'Samira Haidari <samira.haidari@gmail.com>',
     'Your trip confirmation - Record locator QX7HTM',
     """Thank you for flying Northwind.

Passenger: HAIDARI/SAMIRA MS
Record locator: QX7HTM      Ticket: 6042188910437
Loyalty #: NW 882 113 940

  Fri 12 Jul  NW 1184  MSP 07:10 -> IAD 10:48  Seat 14C  Main Cabin
  Sun 14 Jul  NW 1191  IAD 18:25 -> MSP 20:16  Seat 22A  Main Cabin

Special service request: none. Need wheelchair assistance or to travel with medical
devices or medication? Update your booking under "Special Assistance."

Baggage: 1 checked bag included.
""",
     d('2024-06-20 21:44'))

emit('clean', 'lookalike',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Dev Team <dev@riverbendnewcomer.org>',
     'retry worker "patient" mode is killing the queue',
     """Folks,

The interface engine's retry worker is in what the vendor calls "patient" mode -- it
waits for an ACK indefinitely instead of timing out after 30s. When the state IIS was
slow Monday, the worker held 1,900 messages and the whole outbound queue sat.

Proposal:
  - switch to "impatient" (their word, not mine) with 30s timeout, 5 retries,
    exponential backoff
  - dead-letter after 5 fails, alert to #interfaces
  - health check endpoint /healthz every 60s, page on 3 consecutive fails

Ticket CHG-0442. Going in Thursday 6pm unless someone objects. No message content
changes, just transport config.

Tom
""",
     d('2024-10-15 09:12'))

emit('clean', 'lookalike',
     'Harborview Auto Insurance <claims@harborviewauto.com>',
     'Rosa Quintanilla <rosa.q.marlow@gmail.com>',
     'Claim #HV-24-0093318 - appraisal complete',
     """Dear Rosa Quintanilla,

Your collision claim HV-24-0093318 (2019 Honda CR-V, policy HAP-7781204) has been
appraised. No injuries were reported for this claim.

   Damage: rear bumper, tailgate, left tail lamp assembly
   Repair estimate: $3,842.16
   Deductible: $500.00
   Approved payment to Marlow Collision Center: $3,342.16

A rental car is authorized for up to 10 days at $35/day. Your adjuster is Phil Garrity,
555-312-4409, ext 218.

Harborview Auto Insurance Company
""",
     d('2024-07-23 14:40'))

# =====================================================================
# CLEAN: news
# =====================================================================
emit('clean', 'news',
     'Lakeland Refugee Health Program <refugeehealth@health.lakeland.gov>',
     'Refugee Health Partners <rh-partners@lists.health.lakeland.gov>',
     'Refugee Health Bulletin - Q3 2024',
     """LAKELAND REFUGEE HEALTH BULLETIN | Quarter 3, 2024

ARRIVALS
  1,284 primary refugee arrivals in Q3 (up 22% from Q2). Top countries of origin:
  Afghanistan (31%), DR Congo (24%), Syria (9%), Burma (8%), Ukraine (parolees, 7%).

DOMESTIC SCREENING
  - 91% of arrivals screened within 90 days (goal 90%).
  - Latent TB infection identified in 14% of adults screened; 61% started treatment.
  - Chronic hepatitis B (HBsAg+) in 5.8% of screened arrivals from sub-Saharan Africa.
  - Elevated blood lead (>=3.5 ug/dL) in 11% of children under 6 screened.
  - RHS-15 positive screens: 29% of adults; 44% of those accepted a BH referral.

REMINDERS
  - The updated Domestic Screening Form (v2024.2) is required from Oct 1.
  - Repeat blood lead 3-6 months after arrival for all children 6 mo-16 yrs.
  - Webinar: "Hepatitis B linkage to care," Nov 14, 12-1 pm. Register on our site.

Questions: Carol Aitken, Refugee Health Coordinator, 555-702-3300.
To unsubscribe reply "REMOVE".
""",
     d('2024-10-18 08:00', -5))

emit('clean', 'news',
     'Riverbend Newsletter <news@riverbendnewcomer.org>',
     'All Staff <allstaff@riverbendnewcomer.org>',
     'Riverbend Roundup - December',
     """RIVERBEND ROUNDUP -- December

* Welcome Thomas Nguyen-Ellery, RN, joining the TB team in February!
* Congratulations to Samira Haidari on passing the CCHI healthcare interpreter exam.
* 2024 by the numbers: 1,947 new-arrival screenings, 612 immigration medical exams,
  4,380 vaccine doses given, 118 patients completed latent TB treatment.
* Holiday potluck Thurs 12/19 at noon in the big conference room. Nadia is bringing
  varenyky, Wafa is bringing maqluba, and the TB team promises "something other than
  cookies."
* Flu shots for staff: last employee clinic Tues 12/17, 7:30-9:00.

Have a story for the Roundup? Email news@.
""",
     d('2024-12-06 12:00'),
     html="""<html><body><h2>RIVERBEND ROUNDUP &mdash; December</h2><ul>
<li>Welcome <b>Thomas Nguyen-Ellery, RN</b>, joining the TB team in February!</li>
<li>Congratulations to <b>Samira Haidari</b> on passing the CCHI healthcare interpreter exam.</li>
<li>2024 by the numbers: 1,947 new-arrival screenings, 612 immigration medical exams, 4,380 vaccine doses given, 118 patients completed latent TB treatment.</li>
<li>Holiday potluck Thurs 12/19 at noon in the big conference room. Nadia is bringing varenyky, Wafa is bringing maqluba, and the TB team promises &ldquo;something other than cookies.&rdquo;</li>
<li>Flu shots for staff: last employee clinic Tues 12/17, 7:30&ndash;9:00.</li></ul>
<p>Have a story for the Roundup? Email news@.</p></body></html>""")

emit('clean', 'news',
     'Vaxelle Pharmaceuticals Safety <safety-notices@vaxelle-pharma.com>',
     'Pharmacy Contacts <pharmacy@riverbendnewcomer.org>',
     'URGENT: Voluntary recall of TubeTest PPD 5 TU lots TT2241A, TT2241B',
     """IMPORTANT PRODUCT RECALL NOTICE -- Healthcare provider level

Vaxelle Pharmaceuticals is voluntarily recalling the following lots of TubeTest
(tuberculin purified protein derivative, Mantoux) 5 TU/0.1 mL, 1 mL and 5 mL vials:

   Lot TT2241A   exp 2025-06   NDC 59876-0122-01
   Lot TT2241B   exp 2025-06   NDC 59876-0122-05

Reason: Stability testing showed potency below specification at the 12-month point,
which may cause false-negative skin test results.

Actions:
  1. Quarantine remaining vials of affected lots immediately.
  2. Consider retesting persons tested with affected lots since March 1, 2024 where
     a negative result was used for clinical or immigration decisions.
  3. Return stock using the enclosed prepaid form. Credit issued on receipt.

Medical information: 1-888-555-0142. Adverse events may be reported to FDA MedWatch.
""",
     d('2024-09-03 07:15', -4), cte='quoted-printable')

emit('clean', 'news',
     'Lakeland DOH Health Alert Network <han@health.lakeland.gov>',
     'HAN Subscribers <han-subscribers@lists.health.lakeland.gov>',
     'HAN ADVISORY: Measles cases linked to international travel - 3 counties',
     """LAKELAND HEALTH ALERT NETWORK -- HEALTH ADVISORY
Date: February 20, 2025

SUMMARY
Four confirmed measles cases have been reported in Marlow, Pine and Sauk counties
since February 8. All cases were unvaccinated; two had recent international travel.
Exposure sites include Marlow International Airport Terminal 2 (Feb 9, 2-6 pm) and
a public library (Feb 12).

RECOMMENDATIONS FOR CLINICIANS
  - Consider measles in patients with fever and rash, especially recent travelers
    and newly arrived persons with incomplete vaccine records.
  - Isolate suspected cases immediately (airborne precautions); do not use the
    waiting room.
  - Collect a throat/NP swab for PCR and serum IgM; call the DOH epidemiologist
    on call at 555-702-3999 BEFORE sending specimens.
  - Verify MMR status of all staff. Catch up arriving refugees and immigrants per
    ACIP schedule; do not delay MMR at the domestic screening visit.

This is an official HAN advisory. Please forward to clinicians in your facility.
""",
     d('2025-02-20 16:30', -6))

emit('clean', 'news',
     'Northern Plains TB Center of Excellence <updates@nptbcoe.org>',
     'Subscribers <updates@nptbcoe.org>',
     'TB Digest: new short-course LTBI guidance, webinar recordings',
     """TB DIGEST -- Monthly update

1. Guidance: Our updated LTBI pocket guide now lists 3HP, 4R and 3HR as preferred
   regimens, with 6-9H reserved for drug interactions or intolerance. Download
   at nptbcoe.org/pocketguide.

2. Webinar recording: "Interpreting IGRA results in BCG-vaccinated populations"
   (Dr. Rukhsana Iqbal). 1.0 CNE available through March.

3. Case study series: "A woman in her 20s with cervical lymphadenopathy" -- fictional
   teaching case, interactive, answers posted next month.

4. Data: US TB incidence 2023 was 2.9 per 100,000; about 76% of cases occurred in
   non-US-born persons.

You are receiving this because you subscribed at a TB CoE event.
""",
     d('2025-01-08 09:00', -6))

emit('clean', 'news',
     'National Refugee Health Network <listserv@nrhn-network.org>',
     'nrhn-members <members@nrhn-network.org>',
     '[NRHN] Weekly digest: overseas vaccination program, lead guidance, job postings',
     """NRHN WEEKLY DIGEST

-- Overseas vaccination program: beginning next quarter, arrivals from selected
   processing locations will receive additional pre-departure doses (MMR, Td, OPV,
   HepB). Check the DS-3025 vaccination record before repeating doses.
-- Reminder: CDC blood lead reference value is 3.5 ug/dL. Iron supplementation
   guidance for children 6 mo-6 yrs unchanged.
-- Discussion thread: "Best practices for scheduling interpreters for group health
   orientations" (32 replies).
-- Job posting: Refugee Health Nurse Coordinator, Pine County PH. Salary $78-92k.
-- Job posting: Civil Surgeon (part-time), Riverside Immigrant Clinic.

Manage subscription: nrhn-network.org/lists
""",
     d('2024-07-26 06:00', -4))

# =====================================================================
# CLEAN: staff
# =====================================================================
emit('clean', 'staff',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'Providers <providers@riverbendnewcomer.org>',
     'REMINDER: no presumptive ivermectin before Loa loa check (Central Africa arrivals)',
     """All,

Quick protocol reminder since we have a lot of Congolese and Cameroonian arrivals
this quarter:

  - Arrivals who lived in Loa loa endemic areas (DRC, Cameroon, CAR, Gabon, parts of
    South Sudan etc.) must NOT get presumptive ivermectin for strongyloides unless
    Loa loa has been excluded (daytime blood smear) -- risk of encephalopathy with
    high microfilarial loads.
  - Check the overseas presumptive treatment section on the DS-3030/PDMS record
    first. If they got albendazole + ivermectin overseas with Loa loa testing, no
    need to repeat.
  - If pre-departure treatment is undocumented and smear isn't feasible, strongyloides
    serology and treat if positive after Loa excluded.
  - Praziquantel for schisto if sub-Saharan and not treated overseas.

Updated one-pager is on the shared drive under Protocols/Parasites_v3.pdf.

Kwame
""",
     d('2024-10-01 07:30'))

emit('clean', 'staff',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Dr. Rukhsana Iqbal <riqbal@nptbcoe.org>',
     'curbside - borderline QFT in BCG-vaccinated adult',
     """Hi Rukhsana,

Curbside if you have a minute, no identifiers. Man in his 40s, from Afghanistan,
arrived last year, BCG scar present. QFT-Plus TB1 0.38, TB2 0.41 (nil 0.05) so
reported positive but just over the cut-off. Asymptomatic, CXR clear, no HIV, no
diabetes, no known contacts. This is for an immigration exam, so under the TB
technical instructions a positive IGRA with normal CXR = LTBI, he can be cleared but
I'd still offer treatment.

Would you repeat the IGRA given the borderline value, or just counsel and offer 4R?
I know retesting to get a negative isn't great practice.

Thanks,
Helena
""",
     d('2024-05-22 12:40'))

emit('clean', 'staff',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Clinic Nurses <nurses@riverbendnewcomer.org>',
     'staffing Thurs - need 1 more RN',
     """hi all, we're short Thursday (TB clinic day + 2 new-arrival families booked). Joanne
is at the state TB conference and Imani called out for the week.

Can anyone switch from Fri to Thu? I'll owe you a coffee and first pick on the
holiday schedule. Otherwise I'll ask the agency for a float nurse, which means more
orienting and no one knows where the PPD is kept.

Lupe
""",
     d('2024-10-21 15:05'))

emit('clean', 'staff',
     'Priya Venkataraman <pvenkataraman@riverbendnewcomer.org>',
     'Interpreters <interpreters@riverbendnewcomer.org>',
     'debrief group for interpreters - starts Oct 2',
     """Dear interpreter colleagues (staff and LinguaBridge folks who work with us a lot),

Many of you are voicing very hard stories every week -- torture, sexual violence,
family members lost -- in first person, which research shows carries a real risk of
vicarious trauma.

Starting Wednesday Oct 2, 4:30-5:30 pm, I'll host an optional monthly debrief group
in the big conference room (and on Teams). Rules: no patient names or identifying
details, we talk about our own reactions, not cases. Paid time for staff; LinguaBridge
has agreed to pay their interpreters for the hour too.

The EAP number is also on the back of your badge: 1-800-555-0177.

Priya Venkataraman, PsyD
""",
     d('2024-09-20 11:11'))

emit('clean', 'staff',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Civil Surgeon Team <civilsurgeon@riverbendnewcomer.org>',
     'I-693 envelope workflow - change starting Monday',
     """Team,

From Monday, please follow this when an I-693 is complete:

  1. I sign page 11 last, after reviewing every lab printout against the form.
  2. Envelope sealed in front of me or the RN, "DO NOT OPEN IF SEAL IS BROKEN"
     stamp across the flap, my initials over the seal.
  3. Applicant signs the pickup log with photo ID. No pickups by family members
     or attorneys without a signed release.
  4. Copy of the completed form scanned to the chart BEFORE sealing (we've had two
     cases this year where we had nothing when USCIS sent an RFE).

Questions to me or Rosa. Thanks for making this cleaner.

Helena
""",
     d('2024-07-11 18:02'))

emit('clean', 'staff',
     'Dr. Kwame Asante-Boateng <kasante@riverbendnewcomer.org>',
     'Priya Venkataraman <pvenkataraman@riverbendnewcomer.org>',
     'Re: RHS-15 vs PHQ-9 at intake',
     """Agree. Let's keep RHS-15 as the intake screen (validated in our main populations,
available in Dari, Pashto, Arabic, Swahili, Burmese, Karen) and use PHQ-9/GAD-7 at
follow-up to track response. Cut-off >= 12 on items 1-14 or >= 5 on the distress
thermometer = positive, warm handoff to you same day when possible.

I'll bring it to the QI meeting. Can you pull aggregate numbers (no names) for the
last 6 months -- % positive and % who actually made it to a first BH visit?

K

On Thu, Nov 7, 2024 at 2:15 PM Priya Venkataraman <pvenkataraman@riverbendnewcomer.org> wrote:
> Kwame -- proposal: stop doing both PHQ-9 and RHS-15 at the first visit. Patients
> are exhausted by visit 1 (labs, shots, x-ray). The RHS-15 catches PTSD symptoms
> the PHQ-9 misses. Thoughts?
""",
     d('2024-11-08 08:20'))

emit('clean', 'staff',
     'Lupe Ferreira <lferreira@riverbendnewcomer.org>',
     'Immunization Program <immunize@health.lakeland.gov>',
     'question: counting overseas doses w/ day-month swapped dates',
     """Hi IZ program,

General question, no specific patient. We regularly see overseas vaccine cards where
dates are written day/month and our EHR reads them month/day, so a dose given
4 Feb shows as 2 Apr and fails the minimum interval check. Also some cards only have
month and year.

1) Is there state guidance on accepting doses with month/year only?
2) For the IIS, should we enter the card date as written and note "historical",
   or correct it?

We're also seeing the new pre-departure MMR/OPV stickers -- are those valid doses
if the lot number is missing?

Thanks!
Lupe Ferreira, RN
Riverbend Newcomer Health Clinic
""",
     d('2024-12-12 10:45'))

# =====================================================================
# CLEAN: training
# =====================================================================
emit('clean', 'training',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Thomas Nguyen-Ellery <tnguyenellery@riverbendnewcomer.org>',
     'EHR training tue/wed - practice patients',
     """Hi Thomas, for your EHR training tomorrow and Wed please ONLY use the training
environment (the login screen is orange, says TRN). Practice patients:

  ZZTEST, REFUGEE ADULT      MRN 9999001   DOB 01/01/1990   "Dari interpreter"
  ZZTEST, REFUGEE CHILD      MRN 9999002   DOB 01/01/2018   lead + catch-up vaccines
  ZZTEST, IMMIGRATION EXAM   MRN 9999003   DOB 06/15/1985   I-693 workflow

Exercises: register with an A-number (use A000-000-000), order the new-arrival lab
panel, document a TST placement and read, enter an overseas vaccine as historical,
and route a PHQ-9 to behavioral health.

None of these are real people; the training env resets every night.

Tom
""",
     d('2025-02-03 16:15'))

demo_hl7 = r"""MSH|^~\&|DEMOEHR|DEMOCLINIC|DEMOLAB|DEMOLAB|20250101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||5555550100
OBR|1|DEMO-ORD-1|DEMO-FIL-1|QFT4^QuantiFERON-TB Gold Plus^L|||20250101080000
OBX|1|ST|QFT4^QFT Plus Result^L||Negative||||||F
OBX|2|NM|NIL^Nil^L||0.03|IU/mL|||||F
"""
emit('clean', 'training',
     'Sanjay Bhattacharya <sbhattacharya@meridianreflab.com>',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Meridian results interface - test message for validation',
     """Hi Tom,

As discussed on the kickoff call, attached and pasted is the sample ORU we'll send to
your TEST endpoint (processing ID "T") to validate mapping before go-live. Patient is
our standard dummy "DOE, JOHN Q" with a fake MRN and the 00000 zip -- please make sure
your engine routes anything from DEMOLAB to the test queue only.

""" + demo_hl7 + """
Once your ACK comes back AA we'll move to the 25-scenario test script (all synthetic
patients, "TEST" prefix on every MRN).

Sanjay Bhattacharya
Implementation Analyst, Meridian Reference Laboratory
""",
     d('2024-12-16 10:30', -6),
     atts=[('DEMO_ORU_sample.hl7', 'text/plain', demo_hl7)])

emit('clean', 'training',
     'Wafa Haddad <whaddad@linguabridge.net>',
     'Interpreters <interpreters@riverbendnewcomer.org>',
     'role-play script for Saturday medical terminology session',
     """Hi all, here is the role-play for Saturday. It is fictional -- "Jane Doe" and all
details are made up for practice. Please pair up, one clinician, one interpreter,
and switch.

-----
CLINICIAN: Good morning Ms. Doe, I'm the nurse. Today we will check your blood for
hepatitis B and do a test for tuberculosis.
PATIENT (Jane Doe, 35, sample character): Why tuberculosis? I am not sick.
CLINICIAN: It's a routine screening for everyone who arrives. Many people have a
sleeping form of TB that doesn't make them sick but can wake up later.
PATIENT: In the camp they said my x-ray was fine.
CLINICIAN: That's good. The blood test looks for something different...
-----

Terms to practise: latent vs. active, sputum, surface antigen, titer, booster,
"fasting", "side effects", "orange urine".

See you Saturday 10 am, Room B.
Wafa
""",
     d('2024-11-14 20:30'))

emit('clean', 'training',
     'Civil Surgeon Training Institute <events@civsurgtraining.org>',
     'Dr. Helena Marchetti <hmarchetti@riverbendnewcomer.org>',
     'Your webinar materials: "Completing Form I-693 Without RFEs"',
     """Thank you for attending "Completing Form I-693 Without RFEs" on March 5.

Materials:
  - Slide deck (PDF)
  - SAMPLE completed I-693 for fictional applicant "Maria Sample" (every page
    watermarked SAMPLE -- NOT FOR SUBMISSION)
  - Vaccination chart worked examples: Case A (adult, no records), Case B (child,
    partial overseas records), Case C (blanket waiver -- not age appropriate)
  - TB decision tree: IGRA positive -> CXR -> sputum if abnormal

Top three RFE causes discussed: unsigned page 11, missing gonorrhea NAAT for ages
18-24, and vaccination section blank for "not medically appropriate".

CME certificate: 1.5 AMA PRA Category 1 Credits(TM), download from your dashboard.
""",
     d('2025-03-06 09:00', -5))

emit('clean', 'training',
     'ImmunoLink Developer Support <devsupport@immunolink.io>',
     'Tom Bielski <tbielski@riverbendnewcomer.org>',
     'Sandbox credentials + example Patient/Immunization resources',
     """Hi Tom,

Your sandbox tenant is live: https://sandbox.immunolink.io/fhir/r4/riverbend-sbx
Client ID: rb-sbx-4471 (secret sent separately via the portal).

Example resources preloaded (all synthetic, from the HL7 examples set):

{
  "resourceType": "Patient",
  "id": "example",
  "name": [{"family": "Example", "given": ["Patient"]}],
  "birthDate": "2000-01-01",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]}
}

{
  "resourceType": "Immunization",
  "id": "example-mmr",
  "status": "completed",
  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03"}]},
  "patient": {"reference": "Patient/example"},
  "occurrenceDateTime": "2020-01-01"
}

Please don't load production data into the sandbox.

ImmunoLink Developer Support
""",
     d('2024-11-01 13:00', -7), cte='base64')

testcsv = csvtext([
    ['alien_number', 'last_name', 'first_name', 'dob', 'country', 'screen_date', 'hbsag', 'igra', 'lead_ugdl'],
    ['000000001', 'ZZTEST', 'ALPHA', '1900-01-01', 'XXX', '2025-01-01', 'NEG', 'NEG', ''],
    ['000000002', 'ZZTEST', 'BRAVO', '1900-01-01', 'XXX', '2025-01-01', 'POS', 'NEG', ''],
    ['000000003', 'ZZTEST', 'CHARLIE', '2020-01-01', 'XXX', '2025-01-01', 'NEG', '', '4.0'],
    ['000000004', 'ZZTEST', 'DELTA', '1900-01-01', 'XXX', '2025-01-01', 'NEG', 'IND', ''],
])
emit('clean', 'training',
     'Jun Park <jun.park@health.lakeland.gov>',
     'Refugee Health Partners <rh-partners@lists.health.lakeland.gov>',
     'New screening database upload - test file and validation rules',
     """Hello partners,

The new Refugee Health screening database opens for uploads January 15. Before then,
please practise with the TEST environment using the attached file of dummy records
(ZZTEST surnames, fake alien numbers 000000001-4, 1900 DOBs). Upload it, check that
you get 4 accepted / 0 rejected, then try editing one field to trigger an error so you
see what the messages look like.

Validation rules:
  - alien_number 9 digits, no "A" prefix
  - dob ISO format (YYYY-MM-DD)
  - lead in ug/dL, one decimal
  - igra POS/NEG/IND or blank

Do NOT upload real screening records to TEST.

Jun Park, MPH | Refugee Health Program | Lakeland DOH
""",
     d('2024-12-18 14:00', -6),
     atts=[('ZZTEST_upload_sample.csv', 'text/csv', testcsv)])

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
