#!/usr/bin/env python3
"""Blind evaluation mail set: pediatric outpatient specialty clinics (endo/diabetes, GI,
neurology, genetics) at an invented children's hospital, plus parents, schools, camps and a
home-infusion company. All people, numbers and organisations are invented.
Run: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile
from email.message import EmailMessage
import email.policy

SEED = 4401
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, patient, frm, to, subj, date, body, cc=None, html=None, atts=(),
        cte=None, hdrs=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     date=date, body=body, cc=cc, html=html, atts=list(atts), cte=cte,
                     hdrs=hdrs or {}))


def txt(name, text, subtype='plain'):
    return ('text', subtype, name, text)


def binf(name, data, maintype='application', subtype='octet-stream'):
    return (maintype, subtype, name, data)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for fname, content in files:
            zi = zipfile.ZipInfo(fname, date_time=(2025, 3, 3, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return buf.getvalue()


def rows_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


H = 'brightwaterchildrens.org'   # the hospital
INF = 'keystonehomeinfusion.com'  # home infusion company

# ============================================================ PHI: care
add('phi', 'care', 'Alvarez',
    'Renee Dubois RN <rdubois@%s>' % INF,
    'GI Nurse Line <ginurses@%s>' % H,
    'Mateo Alvarez - infliximab visit 3/3',
    'Mon, 03 Mar 2025 16:42:10 -0500',
    """Hi GI team,

Home visit done today for Mateo Alvarez. Infliximab 5 mg/kg (375 mg) ran over 2 hrs, no
reaction. Premedicated w/ acetaminophen + cetirizine per orders. Vitals stable throughout,
temp 98.9 at end. Mom says he's been having 2-3 stools a day, no blood, appetite better.

Drew CBC, CMP, CRP and the infliximab trough before starting the infusion - sent to Quest, you
should see results by Wed. Next infusion is due 4/28 (q8wk). Please send a renewed order
before then, current one expires 4/15.

Thanks,
Renee

Renee Dubois, RN, CRNI
Infusion Nurse | Keystone Home Infusion
Office 610-555-0148 | Fax 610-555-0149
CONFIDENTIALITY: This message may contain information that is privileged and confidential.
""")

add('phi', 'care', 'Brennan',
    'Tanya Oakes <toakes@%s>' % H,
    'Mrs. Kowal <jkowal@maplecrestschools.org>',
    "pump change for Lily B. starting Monday",
    'Fri, 07 Mar 2025 11:05:33 -0500',
    """Hi Mrs. Kowal,

Dr. Feld saw Lily Brennan in clinic yesterday and we adjusted a few of her pump settings. Her
parents already have the new settings on the pump, but I wanted you to have them for the
health office:

  - lunch carb ratio changes from 1:15 to 1:12
  - correction factor stays 1:50 above target 120
  - please have her check before PE on Tues/Thurs; if under 120 she needs 15g carbs first

Her A1c came down to 7.4 so she is doing great, the lows after PE are the main thing we're
trying to fix. Updated orders signed by Dr. Feld are attached on the school form we faxed over
this morning. Call me with any questions.

Tanya Oakes, RN, CDCES
Diabetes Nurse Educator, Endocrinology & Diabetes
Brightwater Children's Hospital
(412) 555-0190 ext 4471
""")

add('phi', 'care', 'Oyelaran',
    'Dr. Kevin Tsai <ktsai@%s>' % H,
    'Dr. Maryam Siddiqui <msiddiqui@%s>' % H,
    'Re: Oyelaran f/u',
    'Tue, 11 Mar 2025 07:58:49 -0400',
    """ok sounds good. I put in the ambulatory 48h EEG for Tobi, sched said earliest is 3/24. upped
keppra to 500 bid (was 250 bid) and told dad to call if more of the staring episodes or if
behavior gets worse on the higher dose. will also get the MRI w/o sedation since he's 12 and
did fine in the mock scanner last yr.

KT

On Mon, Mar 10, 2025 at 9:41 PM Maryam Siddiqui <msiddiqui@brightwaterchildrens.org> wrote:
> Kevin - for Tobi Oyelaran, agree w/ prolonged EEG given the teacher reports. Bump the
> levetiracetam and let's see him back in 6 wks. Thx
> MS
""")

add('phi', 'care', 'Kowalczyk',
    'Beth Ann Morrow MS, CGC <bmorrow@%s>' % H,
    'Dan and Kristen Kowalczyk <kowalczykfam@gmail.com>',
    'Harper - results appointment',
    'Wed, 12 Mar 2025 14:20:02 -0400',
    """Hi Kristen and Dan,

Thank you for your patience. Harper's chromosomal microarray and the Fragile X testing from
her January blood draw are both back. Dr. Aponte and I would like to go over the results with
you in person rather than by phone or email, since there is a finding on the microarray we
want to explain carefully and talk about what it means for Harper and possibly for family
planning.

We have held Thursday March 20 at 10:30 in the Genetics clinic (3rd floor, Tower B). If that
doesn't work let me know and I'll find another time that week. Harper doesn't need to come
unless it's easier for you to bring her.

Warmly,
Beth Ann

Beth Ann Morrow, MS, CGC
Genetic Counselor | Division of Medical Genetics
Brightwater Children's Hospital
""")

add('phi', 'care', 'Marsh',
    'Dr. Lauren Feld <lfeld@%s>' % H,
    'Camp Tamarack Health Center <healthcenter@camptamarack.org>',
    'RE: camper lows cabin 6',
    'Tue, 15 Jul 2025 22:14:51 -0400',
    """Thanks for the log. For Ethan cut his overnight basal by 10% (so 0.45 -> 0.40 u/hr from
10p-6a) and have counselors do a 2am check tonight and tomorrow. The 48 at 1:30am after
the lake day is almost certainly activity related. If he drops under 70 again overnight give
15 g and recheck in 15, and call me on my cell 412-555-0133 any time.

Lauren Feld, MD
Camp Medical Director (volunteer) / Pediatric Endocrinology, Brightwater Children's

-----Original Message-----
From: Camp Tamarack Health Center <healthcenter@camptamarack.org>
Sent: Tuesday, July 15, 2025 9:52 PM
To: Dr. Lauren Feld <lfeld@brightwaterchildrens.org>
Subject: camper lows cabin 6

Dr Feld - Ethan Marsh (cabin 6, age 11, Omnipod) went 48 last night around 1:30, treated
with juice x2 came up to 104. Also 61 before dinner tonight. He did swimming + the lake hike
today. Dinner bolus given as usual. Want us to change anything?

Jess Albright, RN
Camp Tamarack Health Center
""")

add('phi', 'care', 'Nguyen-Park',
    'Carmen Ybarra <cybarra@%s>' % H,
    'Endoscopy Scheduling <endoscheduling@%s>' % H,
    'add-on thurs AM',
    'Mon, 17 Mar 2025 10:02:17 -0400',
    """can you squeeze in Sophie Nguyen-Park thurs am w/ Dr Abernathy? 11yo, EGD w/ biopsies,
repeat after 8 wks on the PPI + elimination diet. mom knows NPO after midnight, clear liquids
til 6am. Anesthesia already cleared her.

thx - Carmen
GI clinic scheduler x5512
""")

add('phi', 'care', 'Castellano',
    'Priya Menon, PharmD <pmenon@%s>' % H,
    'Neurology Clinic Nurses <neuronursing@%s>' % H,
    'Lamotrigine titration - Aiden Castellano',
    'Thu, 20 Mar 2025 13:37:45 -0400',
    """Hi all,

Aiden Castellano (Dr. Siddiqui's patient) is crossing over from oxcarbazepine to lamotrigine.
Since he is also on valproate the lamotrigine titration has to be slow. Schedule below, please
go over it with the family when they call:

Wk 1-2: lamotrigine 12.5 mg every other day
Wk 3-4: 12.5 mg daily
Wk 5: 25 mg daily
Wk 6 onward: up by 25 mg every 1-2 wks toward 100 mg/day in 2 doses
Oxcarbazepine: stays at 300 mg bid until lamotrigine reaches 50 mg/day, then drop by 150 mg
per week.

Any new rash = stop lamotrigine and call us same day.

Priya

Priya Menon, PharmD, BCPPS
Clinical Pharmacist, Neurosciences
""",
    html="""<html><body><p>Hi all,</p>
<p><b>Aiden Castellano</b> (Dr. Siddiqui's patient) is crossing over from oxcarbazepine to
lamotrigine. Since he is also on valproate the lamotrigine titration has to be slow. Schedule
below, please go over it with the family when they call:</p>
<table border="1" cellpadding="4">
<tr><th>Week</th><th>Lamotrigine</th></tr>
<tr><td>1-2</td><td>12.5 mg every other day</td></tr>
<tr><td>3-4</td><td>12.5 mg daily</td></tr>
<tr><td>5</td><td>25 mg daily</td></tr>
<tr><td>6+</td><td>up by 25 mg every 1-2 wks toward 100 mg/day in 2 doses</td></tr>
</table>
<p>Oxcarbazepine: stays at 300 mg bid until lamotrigine reaches 50 mg/day, then drop by 150 mg
per week.</p>
<p style="color:#b00"><b>Any new rash = stop lamotrigine and call us same day.</b></p>
<p>Priya<br>Priya Menon, PharmD, BCPPS<br>Clinical Pharmacist, Neurosciences</p>
</body></html>""")

add('phi', 'care', 'Lindqvist',
    'Hannah Greer RD, LDN <hgreer@%s>' % H,
    'Annika Lindqvist <annika.lindqvist@outlook.com>',
    'Following up after Ruby\'s visit',
    'Mon, 24 Mar 2025 15:48:09 -0400',
    """Hi Mrs. Lindqvist,

It was nice to meet you and Ruby on Friday. As we discussed, Dr. Abernathy wants to repeat
Ruby's tTG-IgA in about 3 months to see if it's coming down on the gluten-free diet. I put in
the lab order so you can go to any Brightwater lab draw site after June 20.

A few things from our visit:
- her weight was 24.1 kg, up 0.8 kg from December, which is great
- keep the chewable multivitamin with iron once a day
- the oat issue: only certified gluten-free oats for now

I've attached the restaurant card and the school lunch letter is on its way to the school
nurse. Let me know how the birthday party goes!

Hannah Greer, RD, LDN
Pediatric Dietitian, Gastroenterology
Brightwater Children's Hospital
""",
    cte='quoted-printable')

# ============================================================ PHI: names
add('phi', 'names', 'Okonkwo-Bello',
    'Sheree Vance <svance@%s>' % H,
    'Dr. Lauren Feld <lfeld@%s>' % H,
    'Okonkwo-Bello, Chidinma -- GH denied',
    'Tue, 04 Mar 2025 09:12:40 -0500',
    """Dr Feld,

Denial came back from the plan this morning, they say the stim test doesn't meet their
criteria (peak 9.2). Letter attached in the fax queue. Do you want to do a peer to peer? Deadline
for appeal is 3/31. I'll call mom to let her know it's in process.

Sheree
Prior Auth Coordinator, Endocrinology
""")

add('phi', 'names', 'Trần',
    'Minh Châu Lê <mchaule@%s>' % H,
    'GI Nutrition Team <ginutrition@%s>' % H,
    'Mr. Trần called re: Bảo feeds',
    'Wed, 05 Mar 2025 12:31:02 -0500',
    """Interpreter note for the team -

Spoke w/ Mr. Trần Văn Minh (dad) by phone with me interpreting. His son Trần Gia Bảo has been
vomiting after the night feeds since they went up to 60 ml/hr last week. Dad turned it back to
50 ml/hr on his own Sunday and vomiting stopped. He wants to know if that is okay and if they
should still give the daytime boluses of 240 ml x3. Also the G-tube site is a little red but no
pus.

He prefers calls after 4pm, Vietnamese interpreter needed.

Minh Châu Lê
Vietnamese Medical Interpreter, Language Services
""")

add('phi', 'names', 'Van der Berg',
    'Radiology Scheduling <radsched@%s>' % H,
    'Neurology Clinic <neuroclinic@%s>' % H,
    'RE: Van der Berg, Elise - MRI needs anesthesia',
    'Thu, 06 Mar 2025 14:03:27 -0500',
    """Van der Berg, Elise
Ordered: MRI brain w/wo contrast, epilepsy protocol
Ordering: Siddiqui

We can't book this without sedation - the order says "no sedation" but she is 4 and per the
note couldn't hold still for her last scan. Please either change the order to MRI w/ anesthesia
or confirm she'll do it awake. Next anesthesia MRI slots are 4/2 and 4/9.

Radiology Scheduling
ext 3300
""")

add('phi', 'names', 'Raghunathan',
    'Olga Petrenko <opetrenko@%s>' % H,
    'Dr. Kevin Tsai <ktsai@%s>' % H,
    "Priyanka Raghunathan's mom",
    'Mon, 10 Mar 2025 10:45:00 -0400',
    """Dr. Tsai, Priyanka Raghunathan's mom called the nurse line. Priyanka has had headaches
4 of the last 7 days, missed school twice, and the riboflavin + magnesium don't seem to be
helping. Mom kept the headache diary like you asked and can send it through the portal. She
is asking if it's time to try the daily preventive you mentioned at the last visit
(amitriptyline?). Call back # is in the chart, she's home all day.

Olga P, RN - neuro triage
""")

add('phi', 'names', 'Yusuf',
    'Dr. Nadia Haddad <nhaddad@%s>' % H,
    'Endo Fellows <endofellows@%s>' % H,
    'heads up for the weekend',
    'Fri, 14 Mar 2025 17:20:19 -0400',
    """Fellows - if mom calls this weekend about Yusuf (the 4yo with the ketotic hypoglycemia
episodes I saw Tuesday, family lives out past Greenfield), she has a meter and ketone strips
now. Plan: if he's sick and not eating, uncooked cornstarch at bedtime and check ketones in the
AM. Ketones over 1.0 with vomiting = come to ED for dextrose. We're still waiting on the
critical sample labs from his ED visit last month (cortisol, GH, insulin all pending send-out).

Nadia
""")

add('phi', 'names', 'Wiśniewska',
    'Beth Ann Morrow <bmorrow@%s>' % H,
    'Genetics Scheduling <genetics.sched@%s>' % H,
    'Ms. Wiśniewska - needs interpreter + longer slot',
    'Tue, 18 Mar 2025 08:50:44 -0400',
    """Hi - can you rebook Ms. Wiśniewska and her daughter Zofia for a 90 min new-family slot instead
of 60, and add a Polish interpreter? Zofia's FMR1 result came back as a full mutation and we
will want to talk about cascade testing for mom's side of the family too. Ms. Wiśniewska's
sister may come. Dr. Aponte is ok with any afternoon next week.

thanks!
BA
""")

add('phi', 'names', 'Shevchenko',
    'Jordan Ames <james@%s>' % H,
    'Tanya Oakes <toakes@%s>' % H,
    'Fwd: dexcom data',
    'Wed, 19 Mar 2025 13:12:55 -0400',
    """Tanya can u look at this? its the shevchenko kid, the one that moved here from Kharkiv in
Jan. Clarity shows lots of 300s after school. not sure if they're bolusing for snacks

---------- Forwarded message ---------
From: Iryna Shevchenko <iryna.shev88@gmail.com>
Date: Wed, Mar 19, 2025 at 11:02 AM
Subject: dexcom data
To: <diabetesteam@brightwaterchildrens.org>

Hello, I share Kateryna's Dexcom with the clinic code you gave. Please look, after school
she is very high. She takes Novorapid 1 unit for 10 grams. Thank you.
Iryna
""")

add('phi', 'names', 'de la Cruz',
    'Dr. Robert Abernathy <rabernathy@%s>' % H,
    'GI Clinic RNs <ginurses@%s>' % H,
    'callback - Marisol',
    'Mon, 24 Mar 2025 18:02:36 -0400',
    """Can someone call Marisol de la Cruz's family tomorrow? Biopsies from the 3/13 scope
showed 40 eos/hpf in the mid esophagus, so no better on the high dose PPI. I want to start
swallowed budesonide slurry - Rx sent to Walgreens on Route 9 - and repeat EGD in 12 wks.
Ms. de la Cruz prefers Spanish. Thanks.

RA
""")

# ============================================================ PHI: self
add('phi', 'self', 'Whitfield',
    'Dana Whitfield <danawhitfield.home@yahoo.com>',
    'diabetesteam@%s' % H,
    'Caleb high sugars',
    'Sun, 02 Mar 2025 21:47:13 -0500',
    """Hi this is Dana Whitfield, Caleb's mom (Caleb Whitfield, DOB 6/14/2014). His sugars have been
running 250-300 since Thursday when we put in a new pump site. We changed the site again today
and its still high. Ketones were 0.6 tonight. He is eating normal and not sick. Should we
change his basal or is it a bad batch of insulin? We opened a new vial of Humalog on Weds.

Please call me at 724-555-0161 tomorrow morning if you can.

Thanks,
Dana

Sent from my iPhone
""")

add('phi', 'self', 'Oduya',
    'marcus oduya <m.oduya07@gmail.com>',
    'GI Nurse Line <ginurses@%s>' % H,
    'question about my prep',
    'Thu, 06 Mar 2025 23:18:07 -0500',
    """hey its Marcus Oduya, I have my colonoscopy on monday w dr abernathy. the sheet says clear
liquids sunday but I have a game saturday night can I eat normal food saturday? also can I
still take my mesalamine sunday morning or skip it. my mom said to email yall.

thx
marcus
""")

add('phi', 'self', 'Fitzgerald-Osei',
    'Claire Fitzgerald-Osei <claire.fo@protonmail.com>',
    'Beth Ann Morrow <bmorrow@%s>' % H,
    'Amara - a few questions before next week',
    'Sat, 08 Mar 2025 07:33:51 -0500',
    """Dear Beth Ann,

I hope it's OK to email on a Saturday. Kwame and I have been thinking a lot since the phone call
about Amara's exome. I know we'll go over it all next Thursday, but I'm having trouble sleeping
and wanted to send the questions now so I don't forget:

1. You said the change in the PTPN11 gene was "likely pathogenic". Does that mean it's certain
   that this explains her heart and her growth, or could it be something else as well?
2. Should her little brother be tested? He's 18 months and seems fine.
3. Will she need to see cardiology more often now? Her last echo was in October.
4. Is growth hormone something we should be asking Dr. Feld about?

Amara is 6 now and she's asking why she has to have so many appointments. If you have any
books or resources for a kid her age I'd love them.

Thank you for everything,
Claire Fitzgerald-Osei
(Amara Fitzgerald-Osei, DOB 04/22/2018)
""")

add('phi', 'self', 'Holloway',
    'Megan Holloway <megholloway@comcast.net>',
    'Neurology Clinic <neuroclinic@%s>' % H,
    'seizure action plan for school',
    'Mon, 10 Mar 2025 07:05:28 -0400',
    """Good morning,

Can you please send an updated seizure action plan for my daughter to her school nurse? Her
name is Grace Holloway, born March 3, 2016. Dr. Siddiqui changed her rescue med to the nasal
spray (Valtoco) in February but the school still has the old plan with Diastat on it.

School nurse is Pam Ruiz at Cedar Hollow Elementary, fax 724-555-0102.

Thank you,
Megan Holloway
""")

add('phi', 'self', 'Marchetti',
    'Rosa Marchetti <rosamarchetti1979@aol.com>',
    'GI Nurse Line <ginurses@%s>' % H,
    'Refill',
    'Wed, 12 Mar 2025 19:40:10 -0400',
    """need refill on Elena's omeprazole 20mg, she has 2 pills left. CVS on Penn Ave. Elena Marchetti
dob 9-1-2012. She is doing better on it no more stomach pain at night

Rosa
""")

add('phi', 'self', 'Pike',
    'Jordan Pike <jpike.pitt@outlook.com>',
    'Dr. Robert Abernathy <rabernathy@%s>' % H,
    'transition to adult GI?',
    'Tue, 18 Mar 2025 16:27:44 -0400',
    """Hi Dr. Abernathy,

My name is Jordan Pike, I'm 19 and I've been your patient for my Crohn's since I was 12. I'm
moving to Columbus for school in August and I think I need to find an adult GI there. Could
your office send my records (colonoscopy reports, the MRE from last year, and my Stelara
history) to whoever I end up seeing? I'm also still getting the Stelara shots through the
specialty pharmacy and not sure how that works across states.

My last labs were good I think, the calprotectin was 48?

Thanks so much for everything over the years.
Jordan
""")

add('phi', 'self', 'Brown',
    'Keisha Brown <keishabrown@gmail.com>',
    'Dr. Maryam Siddiqui <msiddiqui@%s>' % H,
    'DeShawn - another one today',
    'Thu, 20 Mar 2025 15:55:21 -0400',
    """Dr. Siddiqui,

DeShawn had another one of his spells at school today around 1pm, the nurse said it lasted
about 2 and a half minutes, his whole body was shaking and he was really sleepy after. They
gave him the Nayzilam at 2 minutes like the plan says. That's the third one since we
increased the Depakote. I picked him up and he's resting now, acting like himself.

Do you want to move up his appointment? It's not until May 8.

Keisha Brown (DeShawn's mom)
412-555-0177
""",
    cte='quoted-printable')

# ============================================================ PHI: ids
add('phi', 'ids', 'Reyes',
    'Linda Pham <lpham@tricountypeds.com>',
    'Endocrine Referrals <endoreferrals@%s>' % H,
    'Referral - Santiago Reyes',
    'Mon, 03 Mar 2025 08:22:16 -0500',
    """Good morning,

Sending a referral for Santiago Reyes, dob 3.4.12, your MRN 00582214 (he was seen in your ED
in 2019). Reason: height below 3rd %ile and crossing percentiles, bone age read as 10y at
chronological age 12y11m. Growth chart, bone age report and labs (IGF-1 88, TSH 2.1, celiac
screen neg) are in the fax we sent this morning, 14 pages.

Linda Pham
Referral Coordinator
Tri-County Pediatrics | 724-555-0120 | fax 724-555-0121
""")

add('phi', 'ids', 'Kim',
    'Send-Out Lab <sendouts@%s>' % H,
    'Genetics Clinic <genetics@%s>' % H,
    'specimen problem acc GN-25-118753',
    'Wed, 05 Mar 2025 11:09:38 -0500',
    """Genetics,

Reference lab rejected the whole exome trio for KIM, HANA 20150919 (acc GN-25-118753) - the
parental samples were received but the proband tube was EDTA 1 mL, they need 3 mL min. Mom's
sample (GN-25-118754) and dad's (GN-25-118755) are OK and being held 14 days. Please have the
patient redrawn and call us at x2240 when she's coming so we can ship same day.

Send-Out Lab / Core Laboratory
""")

add('phi', 'ids', 'Grant',
    'Sheree Vance <svance@%s>' % H,
    'Provider Relations <pa.requests@keystonehealthplan.com>',
    'PA request - CGM - Olivia Grant',
    'Fri, 07 Mar 2025 10:15:02 -0500',
    """Hello,

Please find the prior auth request for continuous glucose monitor (Dexcom G7 sensors, 9 per
90 days) for the member below. Letter of medical necessity attached.

Member: Olivia Grant
DOB: 4 Mar 2011
Member ID: XWB884512093   Group: 77310
Dx: E10.65 (T1DM w/ hyperglycemia), on MDI 4+ injections/day, SMBG 8x/day
Prescriber: Lauren Feld, MD  NPI 1588002134

Please fax determination to 412-555-0199.

Sheree Vance
Prior Authorization, Brightwater Children's Endocrinology
""",
    atts=[txt('LMN_Grant_O.txt', """LETTER OF MEDICAL NECESSITY

Re: Olivia Grant   DOB 03/04/2011   Member ID XWB884512093

Olivia is a 14-year-old with type 1 diabetes diagnosed in 2019. She has had 3 severe
hypoglycemic episodes requiring glucagon in the past 12 months, including one at school in
January. A CGM with alerts is medically necessary to reduce her risk of severe hypoglycemia.

Lauren Feld, MD
Pediatric Endocrinology
""")])

add('phi', 'ids', 'Sørensen',
    'Dispatch <dispatch@%s>' % INF,
    'Courier Team <couriers@%s>' % INF,
    'DELIVERY CHANGE - Sorensen TPN - Thurs',
    'Tue, 11 Mar 2025 15:30:00 -0400',
    """Courier team - family moved. New delivery address for Liam Sørensen effective this Thursday:

   1184 Old Mill Rd, Apt 3B
   Fairhaven, PA 15044
   Mom (Kirsten) cell (724) 555-0172 - call on arrival, dog in the yard

Order: TPN 7 bags + lipids 7 bags, SASH flushes, 2 x dressing kits. Refrigerate on arrival.
Rx #KH-448120. Pt is on cycled TPN overnight so delivery must be before 4pm.

Dispatch
Keystone Home Infusion
""")

add('phi', 'ids', '',
    'Dr. Lauren Feld <lfeld@%s>' % H,
    'Endo Lab Orders <endolab@%s>' % H,
    'add on',
    'Wed, 12 Mar 2025 12:01:11 -0400',
    """pls add free T4 + TSH to the sample already in the lab for pt 7730415, dob 11/02/2017 - thyroid
levels were borderline in Jan and mom says fatigue + constipation are back. thx LF
""")

add('phi', 'ids', 'Lowry',
    'Patient Financial Services <pfs@%s>' % H,
    'Jeff Lowry <jefflowry@sbcglobal.net>',
    'RE: Statement question - Account # 30019-88412',
    'Fri, 14 Mar 2025 09:44:27 -0400',
    """Dear Mr. Lowry,

Thank you for your patience. I looked into account # 30019-88412 for Emma Lowry's visit on
01/15/2025. The charge you asked about ($1,842.00) is the 24-hour video EEG that was done as
part of her neurology visit. It was denied by Highmark as "not authorized", but our records show
an authorization (#HM55120871) was on file. I have resubmitted the claim and placed the account
on hold for 45 days so you will not receive another statement in the meantime.

If you have any other questions please reply to this email or call 412-555-0250, option 3.

Regards,
Tamika Ross
Patient Account Representative
Brightwater Children's Hospital - Patient Financial Services
""",
    cte='base64')

add('phi', 'ids', 'Adeyemi',
    'Pam Ruiz RN <pruiz@cedarhollowsd.org>',
    'Neurology Clinic <neuroclinic@%s>' % H,
    'Records request (504 plan)',
    'Mon, 17 Mar 2025 13:26:50 -0400',
    """Hello,

Per the attached release signed by the parent, I'm requesting the most recent neurology clinic
note and medication list for:

Oluwaseun Adeyemi
Chart #: BW-114829
Birthdate 2013-08-30
Parent: Folake Adeyemi, 14 Birchwood Ct, Cedar Hollow PA 15046, 412-555-0183

We are updating his 504 plan for the migraines and need to know which of his meds can be given
at school (the parent mentioned rizatriptan). Please fax to 724-555-0102.

Pam Ruiz, BSN, RN, NCSN
School Nurse, Cedar Hollow Elementary
""")

add('phi', 'ids', 'Mahmoud',
    'Intake <intake@%s>' % INF,
    'GI Clinic <giclinic@%s>' % H,
    'Missing info on new referral',
    'Thu, 20 Mar 2025 10:10:10 -0400',
    """Hi GI,

Received the referral for home IV iron for MAHMOUD, LAYLA (DOB 2016-02-29). To verify benefits
we still need:
 - secondary insurance: the fax only shows Medicaid ID 4412098837
 - most recent CBC + ferritin (referral says Hgb 8.9 but no date)
 - signed order for iron sucrose 5 mg/kg x 5 doses

Home phone on the referral (412) 555-0114 is disconnected, do you have another number?

Thanks,
Gabby
Intake Coordinator | Keystone Home Infusion | p 610-555-0140
""")

# ============================================================ PHI: lists
add('phi', 'lists', 'Hartley',
    'Tanya Oakes <toakes@%s>' % H,
    'Endo Clinic Team <endoteam@%s>' % H,
    'huddle - Tues AM diabetes clinic',
    'Mon, 03 Mar 2025 16:55:00 -0500',
    "Tomorrow AM, pls review before huddle:\n\n"
    "Time\tPatient\tAge\tProvider\tNotes\n"
    "8:00\tHartley, Noah\t9\tFeld\tnew onset f/u, mom wants pump teaching\n"
    "8:30\tGutierrez, Camila\t15\tHaddad\tA1c 11.2 last time, SW to see\n"
    "9:00\tBoateng, Kofi\t13\tFeld\tDKA admit 2/9, needs sick day review\n"
    "9:30\tLiu, Ava\t7\tNP Ames\tCGM start, bring G7 samples\n"
    "10:00\tPetrov, Daniil\t16\tHaddad\ttransition visit, Russian interp\n"
    "10:30\tWhitfield, Caleb\t10\tFeld\tsite issues/highs, check insulin lot\n"
    "\nSW is only here till 10 so Camila first if possible.\nT\n")

add('phi', 'lists', 'Osei',
    'Dr. Kevin Tsai <ktsai@%s>' % H,
    'Dr. Anjali Rao <arao@%s>' % H,
    'neuro consult signout fri -> weekend',
    'Fri, 07 Mar 2025 18:31:40 -0500',
    """Anjali - signout for the weekend. all on 5 West unless noted

* Kwabena Osei, 8M, rm 512 - breakthrough sz on keppra, cont vEEG, load lacosamide if >2 more
* Isabella Moreno-Quinn, 14F, rm 520 - new onset headache + papilledema, LP opening pressure 38,
  on acetazolamide, ophtho to see sat
* Brody Kessler, 3M, PICU bed 4 - febrile status, MRI sat AM, f/u LP cultures
* Fatima Zahra Benali, 11F, rm 507 - likely FND, psych consult placed, NO more EEGs pls
* Eli Strauss, 16M - ED hold, migraine cocktail x2 failed, consider DHE protocol

pager 4471 if anything, thanks!!
kt
""")

add('phi', 'lists', 'Nakamura',
    'Scheduling <scheduling@%s>' % INF,
    'GI Nurse Line <ginurses@%s>' % H,
    'Brightwater GI pts - infusion schedule wk of 3/10',
    'Thu, 06 Mar 2025 12:00:00 -0500',
    "Weekly schedule for your patients, let us know of any changes.\n\n"
    "PATIENT               DOB         DRUG           DOSE     DATE   NURSE\n"
    "--------------------  ----------  -------------  -------  -----  --------\n"
    "ALVAREZ, MATEO        08/19/2012  infliximab     375 mg   --     (next 4/28)\n"
    "NAKAMURA, REN         01/07/2010  vedolizumab    300 mg   3/11   Dubois\n"
    "O'BRIEN, SIOBHAN      11/23/2014  infliximab     200 mg   3/12   Patel\n"
    "SØRENSEN, LIAM        05/30/2019  TPN/lipids     cycled   daily  Dubois\n"
    "ABDI, HODAN           02/14/2011  iron sucrose   150 mg   3/13   Okafor\n"
    "\nKeystone Home Infusion Scheduling | 610-555-0141\n")

camp_rows = [
    ['Camper', 'DOB', 'Cabin', 'Regimen', 'Pump/CGM', 'Carb ratio', 'ISF', 'Target', 'Notes'],
    ['Ethan Marsh', '2014-01-22', '6', 'pump', 'Omnipod 5 / G6', '1:12', '50', '120', 'nighttime lows w/ activity'],
    ['Zoe Castellanos', '2013-06-05', '3', 'MDI', 'Libre 3', '1:10', '40', '150', 'needle anxiety, prefers arm'],
    ['Henry Adjei', '2015-10-11', '7', 'pump', 't:slim / G7', '1:18', '75', '120', 'celiac - GF meals'],
    ['Maya Goldberg', '2012-02-28', '2', 'MDI', 'G7', '1:8', '35', '150', 'lantus 22u at 8pm'],
    ['Aarav Sharma', '2014-09-14', '6', 'pump', 'Omnipod 5 / G7', '1:15', '60', '110', 'hx severe low 2024 - glucagon in bag'],
]
add('phi', 'lists', 'Marsh',
    'Tanya Oakes <toakes@%s>' % H,
    'Jess Albright <healthcenter@camptamarack.org>',
    'Session 2 camper insulin orders',
    'Mon, 07 Jul 2025 09:14:22 -0400',
    """Jess,

Attached are the insulin orders for our Brightwater kids in session 2. Signed orders are
coming by fax but this is easier to work from. Ethan and Aarav are the ones I'd watch overnight.

Have a great session!
Tanya
""",
    atts=[txt('session2_brightwater_campers.csv', rows_csv(camp_rows), 'csv')])

noshow = rows_csv([
    ['MRN', 'Last', 'First', 'DOB', 'Phone', 'Appt date', 'Provider', 'Visit type'],
    ['00612203', 'Castillo', 'Diego', '07/14/2011', '412-555-0131', '2025-02-03', 'Abernathy', 'IBD f/u'],
    ['00598771', 'Yilmaz', 'Elif', '12/02/2016', '412-555-0144', '2025-02-05', 'Chen', 'constipation new'],
    ['00633410', 'Mbeki', 'Thando', '03/30/2009', '724-555-0108', '2025-02-11', 'Abernathy', 'celiac f/u'],
    ['00577016', 'Harrington', 'Cole', '09/09/2013', '412-555-0165', '2025-02-18', 'Chen', 'post-EGD'],
    ['00640092', 'Popescu', 'Ana-Maria', '05/17/2018', '412-555-0119', '2025-02-24', 'Okoro', 'FTT new'],
])
add('phi', 'lists', 'Castillo',
    'Carmen Ybarra <cybarra@%s>' % H,
    'Family Outreach <outreach@%s>' % H,
    'Feb no-shows GI for callbacks',
    'Mon, 03 Mar 2025 13:40:51 -0500',
    """hi outreach team, zipped the Feb no-show list for GI per the new process. 5 this month,
Popescu family needs Romanian interp. pw is the usual one for the shared drive (not in zip).

Carmen
""",
    atts=[binf('GI_noshows_Feb2025.zip',
               make_zip([('GI_noshows_Feb2025.csv', noshow)]), 'application', 'zip')])

add('phi', 'lists', 'Kowalczyk',
    'Beth Ann Morrow <bmorrow@%s>' % H,
    'Genetics Team <geneticsteam@%s>' % H,
    'pending results tracker - update',
    'Fri, 14 Mar 2025 12:12:12 -0400',
    """Updated tracker before case conf. Please update your rows by Monday.

| Patient              | MRN      | Test              | Lab      | Sent     | Status              | GC  |
|----------------------|----------|-------------------|----------|----------|---------------------|-----|
| Kowalczyk, Harper    | 00601188 | CMA + FMR1        | Baylor   | 01/21/25 | RESULTED - VUS 15q  | BAM |
| Kim, Hana            | 00615530 | WES trio          | GeneDx   | 02/26/25 | REDRAW needed       | BAM |
| Fitzgerald-Osei, A.  | 00588412 | WES               | GeneDx   | 11/04/24 | RESULTED - PTPN11   | JL  |
| Wisniewska, Zofia    | 00620974 | FMR1              | Quest    | 02/10/25 | RESULTED - full mut | BAM |
| Haddad-Ruiz, Omar    | 00631257 | mito panel        | Invitae  | 03/01/25 | pending             | JL  |
| Chowdhury, Tanvir    | 00609945 | karyotype         | in-house | 03/05/25 | pending             | JL  |

BA
""")

xls_like = ("Student\tGrade\tDOB\tCondition\tMeds at school\tAction plan on file\tHealth aide\r\n"
            "Brennan, Lily\t4\t10/02/2015\tType 1 diabetes\tinsulin via pump, glucagon\tY (3/7/25)\tMrs. Kowal\r\n"
            "Okafor, Chinedu\t2\t04/19/2017\tSeizures\tValtoco\tN - requested\tMrs. Kowal\r\n"
            "Sandoval, Luna\t5\t08/08/2014\tCrohn's\tnone at school\tY\tMs. Tran\r\n"
            "Yeo, Benjamin\t4\t12/31/2015\tType 1 diabetes\tinsulin pen, glucagon\tY (9/2/24)\tMrs. Kowal\r\n")
add('phi', 'lists', 'Brennan',
    'Joan Kowal <jkowal@maplecrestschools.org>',
    'Tanya Oakes <toakes@%s>' % H,
    'Maplecrest students followed at Brightwater',
    'Tue, 18 Mar 2025 14:48:33 -0400',
    """Hi Tanya,

Our district nurse asked me to confirm which of our students are followed at Brightwater and
whether we have current orders. Spreadsheet attached. Chinedu's mom said she'd ask neurology
for the seizure plan but we haven't gotten anything yet - can you pass it along?

Joan Kowal, LPN
Health Office, Maplecrest Elementary
""",
    atts=[binf('brightwater_students.xls', xls_like.encode('utf-8'), 'application', 'vnd.ms-excel')])

# ============================================================ PHI: struct
add('phi', 'struct', 'Boateng',
    'Raj Subramanian <rsubramanian@%s>' % H,
    'Interface Team <interfaces@%s>' % H,
    'ORU from POC A1c not filing - INC0051277',
    'Tue, 04 Mar 2025 10:27:39 -0500',
    r"""Team, the DCA Vantage A1c results from endo clinic are landing in the error queue since
Friday. Example below - looks like OBX-5 is coming through with the % in it and Epic rejects it
as non-numeric. Can we strip it in the engine?

MSH|^~\&|DCAVANTAGE|BWCH_ENDO|EPIC|BWCH|20250303091522||ORU^R01|A1C00018842|P|2.5.1
PID|1||00602287^^^BWCH^MR||BOATENG^KOFI^A||20111216|M|||77 Larchmont Dr^^Pittsburgh^PA^15221||(412)555-0126
PV1|1|O|ENDO^CLINIC^01||||1588002134^FELD^LAUREN^^^MD
OBR|1|ORD448812|A1C00018842|4548-4^Hemoglobin A1c^LN|||20250303090800
OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||9.8%|%|4.0-5.6|H|||F

Error: "OBX-5 value '9.8%' invalid for type NM"

Raj Subramanian
Integration Analyst II, Information Services
""")

adt = "\r\n".join([
    r"MSH|^~\&|EPIC|BWCH|KEYSTONE_INF|KHI|20250306141003||ADT^A04|88120034|P|2.3",
    r"EVN|A04|20250306141003",
    r"PID|1||00640092^^^BWCH^MR~4412098837^^^PAMCD^MA||POPESCU^ANA-MARIA^^^^^L||20180517|F|||2201 Saw Mill Run Blvd^Apt 4^Pittsburgh^PA^15210||(412)555-0119|||||",
    r"NK1|1|POPESCU^IOANA|MTH|2201 Saw Mill Run Blvd^Apt 4^Pittsburgh^PA^15210|(412)555-0119",
    r"PV1|1|O|GI^CLINIC||||1659012283^OKORO^CHIDI^^^MD|||||||||||",
    r"DG1|1||R62.51^Failure to thrive (child)^I10",
    r"IN1|1|PAMCD|0099|PA MEDICAL ASSISTANCE|||||||||||||||||||||||||||||||4412098837",
    ""])
add('phi', 'struct', 'Popescu',
    'Mike Donnelly <mdonnelly@%s>' % INF,
    'Raj Subramanian <rsubramanian@%s>' % H,
    'RE: test of ADT feed to Keystone - production msg attached',
    'Thu, 06 Mar 2025 15:02:48 -0500',
    """Raj,

The feed is live but this one came through with the IN1 member ID in IN1-36 instead of IN1-49,
so our intake system didn't pick up her Medicaid. Attaching the raw message as we received it.
Can you check the mapping?

Mike Donnelly
IT Manager, Keystone Home Infusion

> From: Raj Subramanian
> Sent: Thursday, March 06, 2025 2:30 PM
> We switched the outbound ADT to prod at 2pm, let me know when you see the first message.
""",
    atts=[txt('ADT_A04_88120034.hl7', adt)])

add('phi', 'struct', 'Gutierrez',
    'Denise Kaplan <dkaplan@%s>' % H,
    'Claims EDI Support <edisupport@clearpathclearinghouse.com>',
    'Rejected 837P batch 0304 - loop 2010BA?',
    'Wed, 05 Mar 2025 09:48:12 -0500',
    r"""Hi, we got a 999 rejection on one claim in yesterday's batch. Pasting the claim below (just
the one). We think it's the subscriber loop but not sure what's wrong - mom is the subscriber,
child is the patient.

ST*837*0004*005010X222A1~
BHT*0019*00*BW250304004*20250304*1630*CH~
NM1*41*2*BRIGHTWATER CHILDRENS HOSPITAL*****46*BWCH01~
NM1*40*2*KEYSTONE HEALTH PLAN*****46*KHP77~
HL*1**20*1~
NM1*85*2*BRIGHTWATER CHILDRENS HOSPITAL*****XX*1730119842~
HL*2*1*22*1~
SBR*P*01*77310******CI~
NM1*IL*1*GUTIERREZ*ROSALBA****MI*XWB551872004~
N3*919 ALDER ST~
N4*PITTSBURGH*PA*15206~
DMG*D8*19860412*F~
HL*3*2*23*0~
PAT*19~
NM1*QC*1*GUTIERREZ*CAMILA~
N3*919 ALDER ST~
N4*PITTSBURGH*PA*15206~
DMG*D8*20091102*F~
CLM*BW4481920*310.00***11:B:1*Y*A*Y*Y~
HI*ABK:E1065*ABF:Z9641~
NM1*82*1*HADDAD*NADIA****XX*1467553021~
LX*1~
SV1*HC:99215:25*250.00*UN*1***1~
DTP*472*D8*20250226~
LX*2~
SV1*HC:83036*60.00*UN*1***1~
DTP*472*D8*20250226~
SE*29*0004~

Denise Kaplan
Billing Specialist, Revenue Cycle
""")

add('phi', 'struct', 'Hartley',
    'Eligibility Desk <eligibility@%s>' % H,
    'Sheree Vance <svance@%s>' % H,
    'FW: 271 for Hartley - pump coverage?',
    'Mon, 10 Mar 2025 11:33:03 -0400',
    r"""Sheree - this is the 271 that came back for Noah Hartley. It shows DME active but I don't see
anything specific for insulin pumps. Raw response below if you want to look at the EB lines.

ISA*00*          *00*          *ZZ*KHP77          *ZZ*BWCH01         *250310*1128*^*00501*000004471*0*P*:~
GS*HB*KHP77*BWCH01*20250310*1128*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL250310-0081*20250310*1128~
HL*1**20*1~
NM1*PR*2*KEYSTONE HEALTH PLAN*****PI*KHP77~
HL*2*1*21*1~
NM1*1P*2*BRIGHTWATER CHILDRENS HOSPITAL*****XX*1730119842~
HL*3*2*22*0~
TRN*2*EL250310-0081*9BWCH00001~
NM1*IL*1*HARTLEY*NOAH*J***MI*XWB660190217~
N3*52 SUNNYSIDE LN~
N4*MONROEVILLE*PA*15146~
DMG*D8*20151103*M~
DTP*346*D8*20250101~
EB*1*IND*30**GOLD PPO 500~
EB*1*IND*12***23*500~
EB*C*IND*12****29*320~
EB*B*IND*DM***27*0.2****Y~
MSG*DURABLE MEDICAL EQUIPMENT - PRIOR AUTH MAY BE REQUIRED~
SE*19*0001~
GE*1*4471~
IEA*1*000004471~

-- Eligibility Desk, Patient Access
""")

fhir = r"""{
  "resourceType": "Bundle",
  "id": "rpt-GN-25-107730",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-1",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00631257"}],
        "name": [{"family": "Haddad-Ruiz", "given": ["Omar", "Elias"]}],
        "gender": "male",
        "birthDate": "2019-07-02"
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "51969-4", "display": "Genetic analysis report"}]},
        "subject": {"reference": "Patient/pt-1"},
        "effectiveDateTime": "2025-03-14",
        "valueCodeableConcept": {"text": "Heterozygous pathogenic variant POLG c.2243G>C (p.Trp748Ser) and VUS c.1550G>T"},
        "note": [{"text": "Parental testing recommended to establish phase."}]
      }
    }
  ]
}
"""
add('phi', 'struct', 'Haddad-Ruiz',
    'Client Services <clientservices@invitagen-labs.com>',
    'Genetics Clinic <genetics@%s>' % H,
    'Report available - order 107730',
    'Fri, 14 Mar 2025 17:05:00 -0400',
    """Dear Brightwater Genetics,

A final report is available for order 107730 (mitochondrial disorders panel). Per your account
settings the structured result is attached as FHIR R4 JSON; the PDF is in the provider portal.

Invitagen Client Services
1-800-555-0155
This message contains confidential health information intended only for the ordering provider.
""",
    atts=[binf('GN-25-107730.json', fhir.encode('utf-8'), 'application', 'fhir+json')])

add('phi', 'struct', 'Nakamura',
    'Raj Subramanian <rsubramanian@%s>' % H,
    'Alyssa Grant <agrant@mercyregional-hie.org>',
    'CCD from us failing your validator?',
    'Tue, 18 Mar 2025 12:44:18 -0400',
    """Alyssa - here's the header of the CCD your side rejected for the GI transfer of care
(pt is transferring to Mercy's adult IBD program). Our vendor says the recordTarget looks valid.
Is the problem the missing telecom use attribute?

<recordTarget>
  <patientRole>
    <id extension="00597312" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP">
      <streetAddressLine>4410 Forbes Ave Apt 12</streetAddressLine>
      <city>Pittsburgh</city><state>PA</state><postalCode>15213</postalCode>
    </addr>
    <telecom value="tel:+1-412-555-0137"/>
    <patient>
      <name><given>Ren</given><family>Nakamura</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="20100107"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <entry><observation classCode="OBS" moodCode="EVN">
    <value xsi:type="CD" code="K50.80" codeSystem="2.16.840.1.113883.6.90"
           displayName="Crohn's disease of both small and large intestine without complications"/>
  </observation></entry>
</section>

Thanks,
Raj
""")

add('phi', 'struct', "O'Brien",
    'Denise Kaplan <dkaplan@%s>' % H,
    'Revenue Cycle GI Team <rcm-gi@%s>' % H,
    "835 - O'Brien infliximab underpaid",
    'Thu, 20 Mar 2025 08:30:30 -0400',
    r"""FYI the ERA for Siobhan O'Brien's January infusion clinic visit paid $0 on the drug line, CO-45.
The J1745 units look wrong (we billed 20, they allowed 0). Relevant part of the 835:

CLP*BW4470021*1*6840.00*212.40*0*MC*2025011512345*11*1~
NM1*QC*1*OBRIEN*SIOBHAN****MI*PAM8812044190~
NM1*82*1*ABERNATHY*ROBERT****XX*1992338810~
DTM*232*20250114~
SVC*HC:96413*410.00*212.40**1~
CAS*CO*45*197.60~
SVC*HC:J1745*6430.00*0**20~
CAS*CO*45*6430.00~
AMT*B6*212.40~

Can someone in GI confirm the units/NDC on the order before I appeal?
Denise
""")

# ============================================================ PHI: lang
add('phi', 'lang', 'Gutiérrez',
    'Rosalba Gutiérrez <rosalba.gtz86@hotmail.com>',
    'diabetesteam@%s' % H,
    'pregunta sobre la insulina de Camila',
    'Sun, 09 Mar 2025 20:12:44 -0400',
    """Buenas noches,

Soy la mamá de Camila Gutiérrez (fecha de nacimiento 02/11/2009). Desde el martes el azúcar
de Camila está muy alto en las mañanas, 280 a 320, y ayer tuvo cetonas moderadas en la orina.
Ella se pone 24 unidades de Lantus en la noche. ¿Le puedo subir a 26 unidades o tengo que
esperar a la cita? También se le acabaron las tiras del glucómetro, la farmacia dice que
necesitan una receta nueva.

Gracias, disculpen mi inglés por teléfono, prefiero en español.
Rosalba
""")

add('phi', 'lang', 'Ferreira',
    'Juliana Ferreira <ju.ferreira.santos@gmail.com>',
    'GI Clinic <giclinic@%s>' % H,
    'Exames do Davi antes da consulta',
    'Tue, 11 Mar 2025 10:03:57 -0400',
    """Bom dia,

Meu filho Davi Ferreira Santos tem consulta com a Dra. Chen no dia 25 de março por causa da
constipação e da dor na barriga. Ele fez o raio-x do abdome e os exames de sangue (hemograma e
o teste para doença celíaca) no Brasil em janeiro. Posso mandar os resultados por e-mail ou
preciso levar impresso? Ele também toma PEG 3350 meia tampinha por dia desde dezembro, o
pediatra daqui mandou continuar.

Data de nascimento: 14/06/2017

Obrigada,
Juliana Ferreira
""")

add('phi', 'lang', 'Phạm',
    'Hoa Phạm <hoapham.pgh@yahoo.com>',
    'Neurology Clinic <neuroclinic@%s>' % H,
    'Thuốc của bé Phạm Minh Khang',
    'Thu, 13 Mar 2025 19:25:36 -0400',
    """Kính gửi bác sĩ Siddiqui,

Tôi là mẹ của bé Phạm Minh Khang, sinh ngày 05/08/2018. Từ khi bé uống thuốc Keppra liều mới
(250mg ngày 2 lần), bé hay cáu gắt và khóc nhiều, ngủ không ngon. Tuần này bé không bị co
giật lần nào. Tôi có nên tiếp tục cho bé uống thuốc không, hay cần đổi thuốc khác?

Xin bác sĩ gọi lại cho tôi, cần thông dịch viên tiếng Việt. Số điện thoại: 412-555-0158.

Cảm ơn bác sĩ,
Phạm Thị Hoa
""")

add('phi', 'lang', 'Jean-Baptiste',
    'Nadège Jean-Baptiste <nadegejb@gmail.com>',
    'Genetics Clinic <genetics@%s>' % H,
    'Rezilta tès jenetik pitit fi mwen',
    'Mon, 17 Mar 2025 12:40:20 -0400',
    """Bonjou,

Mwen se manman Roselande Jean-Baptiste, li gen 5 an (dat nesans 30/01/2020). Li te fè tès san
pou jenetik la nan mwa janvye ak Dr. Aponte. Yo te di m rezilta a t ap vini nan 6 semèn, men
mwen poko tande anyen. Èske rezilta a vini? Mwen vle konnen si se sa ki fè li pa pale byen ak
poukisa li gen kriz yo.

Tanpri rele m ak yon entèprèt kreyòl: 412-555-0186.

Mèsi anpil,
Nadège
""",
    cte='quoted-printable')

add('phi', 'lang', 'Petrov',
    'Светлана Петрова <s.petrova.pgh@mail.ru>',
    'diabetesteam@%s' % H,
    'Письмо для страховой - помпа Даниила',
    'Wed, 19 Mar 2025 09:17:02 -0400',
    """Здравствуйте,

Мой сын Даниил Петров (Daniil Petrov, дата рождения 21.11.2008) наблюдается у доктора Хаддад.
Страховая компания отказала в оплате расходников для помпы Omnipod. Им нужно письмо от врача
о медицинской необходимости. У Даниила диабет 1 типа с 2016 года, последний гликированный
гемоглобин 7,9%. Можно ли подготовить такое письмо на следующей неделе?

Номер полиса: XWB902337815

Спасибо,
Светлана Петрова
""",
    cte='base64')

add('phi', 'lang', 'Dela Rosa',
    'Maricel Dela Rosa <maricel.delarosa@yahoo.com>',
    'Tanya Oakes <toakes@%s>' % H,
    'camp form ni Joshua',
    'Fri, 21 Mar 2025 21:55:31 -0400',
    """Hi Ms Tanya,

Pasensya na po sa abala. Kailangan po ng Camp Tamarack yung medical form ni Joshua (Joshua
Dela Rosa, 10 years old) na pirmado ni Dr. Feld bago mag April 15. Yung insulin po niya ngayon
ay Tresiba 14 units tuwing umaga tapos Humalog 1 unit per 12 grams. Tama po ba yun ang ilalagay
ko sa form? Nag-low po siya kahapon ng 58 after basketball kaya baka po kailangan baguhin.

Salamat po!
Maricel (mommy ni Joshua)
""")

add('phi', 'lang', 'Al-Khatib',
    'Rana Al-Khatib <rana.alkhatib@gmail.com>',
    'GI Clinic <giclinic@%s>' % H,
    'موعد ابني عمر في عيادة الجهاز الهضمي',
    'Sat, 22 Mar 2025 11:08:15 -0400',
    """السلام عليكم،

أنا والدة الطفل عمر الخطيب (Omar Al-Khatib)، تاريخ الميلاد ٢٠١٥/٠٣/١٢. ابني عنده موعد
تنظير للمعدة يوم الخميس القادم مع الدكتور أبرناثي. هل يجب أن يتوقف عن دواء أوميبرازول قبل
التنظير؟ وهل يمكنه أن يشرب الماء صباح يوم التنظير؟ ما زال يشتكي من ألم في البطن بعد الأكل
وفقد ٢ كيلو في الشهر الماضي.

نحتاج مترجم عربي عند الاتصال. رقم الهاتف: 412-555-0192

شكراً جزيلاً،
رنا
""")

add('phi', 'lang', 'Zhang',
    'Zhang Wei <zhangwei.family@163.com>',
    'Dr. Lauren Feld <lfeld@%s>' % H,
    '关于张子涵的生长激素注射',
    'Mon, 24 Mar 2025 08:41:27 -0400',
    """冯医生您好，

我是张子涵（Zihan Zhang，出生日期2014年9月3日）的爸爸。子涵从一月份开始每天晚上打生长激素
（Norditropin 1.4 mg），这三个月长高了2.1厘米。最近她说打针的地方有点疼，有时候会有小硬块。
另外药房说下个月的药需要保险重新批准。请问我们需要做什么？下次复诊是5月，需要提前抽血吗？

谢谢！
张伟
电话：412-555-0168
""",
    cte='base64')

# ============================================================ CLEAN: admin
add('clean', 'admin', '',
    'Donna Keefer <dkeefer@%s>' % H,
    'Specialty Clinics All Staff <specialty-all@%s>' % H,
    'Clinic coverage wk of 3/17 + spring break requests',
    'Thu, 13 Mar 2025 15:10:00 -0400',
    """Hi everyone,

Coverage for next week is below. Please check your line and tell me by Friday noon if anything
is wrong.

Mon 3/17  Endo: Feld, Haddad, NP Ames   GI: Abernathy, Chen   Neuro: Siddiqui, Tsai
Tue 3/18  Endo: Feld, NP Ames           GI: Okoro, Chen       Neuro: Siddiqui   Genetics: Aponte
Wed 3/19  Endo: Haddad                  GI: Abernathy (scopes AM)  Neuro: Tsai, Rao
Thu 3/20  Endo: Feld, Haddad            GI: Okoro             Neuro: Rao        Genetics: Aponte, Morrow
Fri 3/21  Endo: NP Ames (diabetes ed)   GI: Chen              Neuro: Siddiqui

Front desk: Maria at check-in Mon/Wed/Fri, Tyrell Tue/Thu. Float MA is Kayla (x5519).

Spring break PTO requests (3/31-4/4) are due 3/20. Right now we have 4 MAs off on 4/1 so that
day is closed for more requests.

Thanks!
Donna Keefer
Practice Manager, Outpatient Specialty Clinics
412-555-0201 | Tower B, Suite 300
""")

add('clean', 'admin', '',
    'IS Service Desk <servicedesk@%s>' % H,
    'Carmen Ybarra <cybarra@%s>' % H,
    'INC0048812 resolved - GI check-in label printer',
    'Tue, 04 Mar 2025 13:22:09 -0500',
    """Incident INC0048812 has been resolved.

Short description: Zebra label printer at GI check-in (BW-GI-ZB02) prints blank wristbands
Assigned to: Tom Hargrove (Desktop Support)
Resolution: Replaced printhead, recalibrated media. Printer re-mapped to workstation
BWC-GI-CHK01 in Epic print profile. Test labels printed successfully at 1:05 PM.

If the issue returns, reply to this email within 5 business days to reopen the ticket,
or call the Service Desk at x4357 (HELP).

Brightwater Children's Information Services
""")

add('clean', 'admin', '',
    'AR Department <ar@glucoserve-medsupply.com>',
    'Accounts Payable <ap@%s>' % H,
    'Invoice INV-2025-03318 past due - Brightwater Endocrinology clinic stock',
    'Mon, 17 Mar 2025 09:00:00 -0400',
    """Dear Accounts Payable,

Our records show the following invoice is 30 days past due:

Invoice:        INV-2025-03318
PO #:           BW-PO-771204
Ship-to:        Brightwater Children's Endocrinology, Tower B Suite 310
Items:          40 x glucose meter starter kits (clinic stock/teaching)
                12 x CGM demo sensors (non-patient, training use)
                6 cs lancets 30G
Amount due:     $3,118.40
Terms:          Net 30 (due 02/14/2025)

Please remit to GlucoServe Medical Supply, Lockbox 88120, Harrisburg PA 17105 or reply with a
payment date. Remittance questions: Carol Benning, 717-555-0164.

Thank you,
Accounts Receivable
GlucoServe Medical Supply
""")

add('clean', 'admin', '',
    'HR Benefits <benefits@%s>' % H,
    'All Employees <allstaff@%s>' % H,
    'Reminder: confirm your dependents by March 28',
    'Wed, 19 Mar 2025 08:00:00 -0400',
    """Hello Brightwater team,

As part of the annual dependent eligibility audit, all employees enrolled in medical, dental or
vision coverage with dependents must upload verification (birth certificate, marriage
certificate, or tax return page) by Friday, March 28.

Log in to the benefits portal with your employee ID (the 6 digits on your badge, e.g.
E-204413) and select "Dependent Verification". Your member ID card will not change.

Dependents not verified by the deadline will be removed from coverage effective May 1.

Questions? Call the HR Service Center at 412-555-0300, Mon-Fri 8-4:30, or stop by our open
office hours in the Tower A cafeteria on Tuesday 3/25, 11-1.

Brightwater Children's Human Resources
""")

add('clean', 'admin', '',
    'Facilities Work Control <workcontrol@%s>' % H,
    'Donna Keefer <dkeefer@%s>' % H,
    'Planned shutdown: HVAC AHU-7 Tower B 3rd floor, Sat 3/29',
    'Fri, 21 Mar 2025 10:44:00 -0400',
    """Work Order: WO-25-019944
Location: Tower B, Level 3 (Infusion Suite rooms 3112-3120, Genetics, Endo clinic)
Date/Time: Saturday 3/29/2025, 06:00 - 14:00
Scope: replace supply fan bearings on AHU-7, belt change, filter bank swap

Impact: no ventilation to affected rooms during the work window. Infusion Suite must not be
scheduled on 3/29. Temperature may reach 80F. Negative pressure room 3118 will be out of
service; Infection Prevention has been notified.

Contact on site: Gary Lindell, HVAC foreman, cell 412-555-0222.

Facilities Work Control x2900
""")

add('clean', 'admin', '',
    'Medical Staff Office <medstaff@%s>' % H,
    'Dr. Kevin Tsai <ktsai@%s>' % H,
    'Reappointment packet due - action required',
    'Mon, 10 Mar 2025 11:15:00 -0400',
    """Dr. Tsai,

Your medical staff reappointment is due 05/31/2025. Our records show the following items are
missing from your packet:

 - Copy of current DEA registration (ours expires 04/30/2025)
 - Board certification verification (ABPN - Child Neurology)
 - Completed health attestation form (TB screening date and flu vaccine)
 - Case log / OPPE data: your department will submit this

NPI on file: 1306627718. PA license MD-458821 verified through 12/31/2026.

Please upload to the credentialing portal or drop off at the Medical Staff Office, Tower A,
Room 1204. Questions: Cheryl Wagoner, Credentialing Specialist, x3341.

Medical Staff Services
""")

add('clean', 'admin', '',
    'Dr. Lauren Feld <lfeld@%s>' % H,
    'Camp Tamarack Staff <staff@camptamarack.org>',
    'Medical volunteer roster - summer 2025 sessions',
    'Tue, 25 Mar 2025 20:30:12 -0400',
    """Hi Greg and Kim,

Here's the Brightwater volunteer lineup for the camp health center this summer. Everyone has
submitted their license copies and background checks to HR already.

Session 1 (June 22-28): Dr. Nadia Haddad (endo), Tanya Oakes RN CDCES, Jordan Ames CRNP
Session 2 (July 6-12): me, Hannah Greer RD, two peds residents (TBD by 5/1)
Session 3 (July 20-26): Dr. Haddad, Jess Albright RN (your staff), Priya Menon PharmD (days 1-3)

Cell numbers for the on-call sheet:
 Haddad 412-555-0134, Oakes 412-555-0191, Ames 412-555-0135, Greer 412-555-0139, me 412-555-0133

Can you confirm we'll have the same cabin for the medical team as last year? Also the insulin
fridge in the health center needs a new thermometer log.

Lauren
""")

# ============================================================ CLEAN: lookalike
add('clean', 'lookalike', '',
    'Northside Animal Hospital <frontdesk@northsidevetpgh.com>',
    'Tanya Oakes <tanya.oakes.home@gmail.com>',
    "Biscuit's glucose curve results and insulin change",
    'Wed, 05 Mar 2025 16:20:41 -0500',
    """Hi Tanya,

Dr. Mellon reviewed Biscuit's glucose curve from Monday. Her nadir was 212 at hour 6, which is
still higher than we'd like, so we are increasing her Vetsulin from 3 units to 4 units twice
daily with meals. Please recheck a curve in 10-14 days (you can do it at home with the
AlphaTrak and send us the readings, or drop her off for the day).

Patient: Biscuit (feline, DSH, spayed F, 11 yrs)   Client #: 40127
Weight: 5.9 kg  |  Fructosamine: 498 umol/L

A refill of Vetsulin 10 mL and U-40 syringes is ready for pickup. Total: $94.50.

Northside Animal Hospital
2210 Perrysville Ave, Pittsburgh PA | 412-555-0274
""")

add('clean', 'lookalike', '',
    'Ironworks Fitness <no-reply@ironworksfit.com>',
    'jordan.ames.pgh@gmail.com',
    'Your InBody scan results + member renewal',
    'Sat, 08 Mar 2025 07:00:00 -0500',
    """Hi Jordan,

Thanks for scanning with us! Here are your InBody 570 results from 03/07/2025:

  Weight ........... 162.4 lb
  Skeletal muscle .. 71.2 lb
  Body fat % ....... 21.8%
  Visceral fat lvl . 7
  BMR .............. 1,612 kcal

Your coach Dani will review these with you at your next session. 

MEMBERSHIP: Member # IW-0048213 | Plan: All-Access Monthly | Renews 03/15/2025 ($49.00)
To freeze or cancel, visit the front desk or call 412-555-0288.

Stay strong,
Ironworks Fitness - Lawrenceville
""")

add('clean', 'lookalike', '',
    'Three Rivers Federal Credit Union <alerts@threeriversfcu.org>',
    'rsubramanian78@gmail.com',
    'Member #1188204 - your auto loan payment was received',
    'Mon, 10 Mar 2025 06:12:44 -0400',
    """Dear Raj Subramanian,

We received your payment of $412.87 for auto loan account ending in -0417 on 03/09/2025.

Member Number: 1188204
Next payment due: 04/09/2025
Remaining balance: $11,204.55

Tip: Members can enroll in Skip-A-Pay once per calendar year. Visit your online banking
"Loans" tab for details.

Three Rivers Federal Credit Union | Routing 243078800
Federally insured by NCUA. Do not reply to this automated message.
""")

add('clean', 'lookalike', '',
    'Allegheny Air <reservations@alleghenyair-mail.com>',
    'msiddiqui.travel@gmail.com',
    'Itinerary change - Confirmation ZQ7KLM',
    'Thu, 13 Mar 2025 22:05:19 -0400',
    """MARYAM SIDDIQUI, your itinerary has changed.

Confirmation code: ZQ7KLM
Ticket number: 0372184456109
Frequent flyer: AA-SKY 55019284

NEW  Flight AG 1182  PIT 07:40 -> BOS 09:25   Fri 04 Apr 2025   Seat 14C
     Flight AG 1197  BOS 18:10 -> PIT 20:02   Sun 06 Apr 2025   Seat 9A

Reason: schedule change. If the new times don't work for you, you may change or cancel
without a fee through 03/27/2025. Need special assistance at the airport? Add it under
Manage Trip > Traveler Info.

Allegheny Air Customer Care 1-800-555-0110
""")

add('clean', 'lookalike', '',
    'Keystone Mutual Auto Claims <claims@keystonemutualauto.com>',
    'Donna Keefer <donna.keefer@verizon.net>',
    'Claim 24-PA-0778129 - estimate approved',
    'Tue, 18 Mar 2025 14:15:00 -0400',
    """Dear Ms. Keefer,

Your claim has been reviewed.

Claim number: 24-PA-0778129
Policy number: KMA-3318042-07
Date of loss: 03/06/2025
Vehicle: 2019 Subaru Outback, VIN ending 44821
Injuries reported: none

The repair estimate from Penn Hills Collision ($2,874.16) has been approved, less your $500
deductible. Rental coverage is authorized for up to 7 days at $40/day with Enterprise, reservation
#PGH-55192.

Your adjuster is Brian Coletti, 1-800-555-0115 ext 2291.

Keystone Mutual Auto Insurance
""")

add('clean', 'lookalike', '',
    'Ridgeline Tree Care <office@ridgelinetreecare.com>',
    'Robert Abernathy <rob.abernathy@icloud.com>',
    'Assessment of your red oak - diagnosis and treatment plan',
    'Thu, 20 Mar 2025 12:30:00 -0400',
    """Hi Rob,

Thanks for having us out Tuesday. Here's a summary from our arborist, Kate Fenwick (ISA Certified
Arborist PD-2281A):

Tree: northern red oak, ~32" DBH, rear yard near the fence
Diagnosis: early bacterial leaf scorch, plus girdling root on the north side; ~15% canopy
dieback. No signs of oak wilt (lab culture negative, sample #RT-0318-2).
Treatment plan:
  1. root collar excavation + girdling root removal (April)
  2. deep root fertilization, spring and fall
  3. deadwood pruning of the upper canopy
  4. re-evaluate in 12 months; prognosis fair-to-good

Estimate #E-4471: $1,450.00 (valid 30 days). Reply to approve and we'll get you on the schedule.

Ridgeline Tree Care | 412-555-0233
""")

add('clean', 'lookalike', '',
    'Ben Okafor <bokafor@%s>' % H,
    'Raj Subramanian <rsubramanian@%s>' % H,
    'Re: interface engine - orphaned child processes after restart',
    'Wed, 26 Mar 2025 09:52:06 -0400',
    """Raj,

Found it. When the parent (the "patient-router" service - bad name, I know) gets a SIGTERM it
doesn't reap its children, so we end up with 40+ zombie child processes and the health check
on port 8443 fails with "critical: 0/3 workers alive". The fix is to add a proper signal handler
and a waitpid loop. I put it in branch fix/PR-2217.

Also the "discharge" queue (we named it for the ADT discharge events but it just drains the
buffer) was never being flushed on shutdown, that's why the test box showed 1,204 messages
stuck. No message content was in the logs, just counts.

Will deploy to TEST tonight, PROD after CAB on Tuesday (change CHG0031188).

Ben Okafor
Senior Integration Engineer, Information Services

> On Tue, Mar 25, 2025 at 4:40 PM Raj Subramanian wrote:
> the engine box had to be hard-rebooted again. can you look at why the workers keep dying?
""")

# ============================================================ CLEAN: news
add('clean', 'news', '',
    'Brightwater Today <newsletter@%s>' % H,
    'All Employees <allstaff@%s>' % H,
    'Brightwater Today: new Family Diabetes Learning Center opens April 7',
    'Mon, 24 Mar 2025 07:30:00 -0400',
    """BRIGHTWATER TODAY | Week of March 24, 2025

NEW FAMILY DIABETES LEARNING CENTER OPENS APRIL 7
The Division of Endocrinology & Diabetes will open its new learning center on Tower B, Level 3.
The space includes a teaching kitchen, a pump and CGM "try-it" bar, and two group classrooms.
"Families of newly diagnosed kids used to get all their teaching in a hospital room at 9 p.m.,"
said Dr. Lauren Feld, division chief. "Now they can learn in a real kitchen, with other
families." Last year the division cared for more than 1,900 children with diabetes and 212
new diagnoses.

GENETICS WELCOMES TWO COUNSELORS
Please welcome Jae Lim, MS, CGC, and Teresa Quintero, MS, CGC, who joined in March.

EPILEPSY SURGERY PROGRAM EARNS LEVEL 4 REACCREDITATION
Congratulations to Dr. Maryam Siddiqui and the Comprehensive Epilepsy Center team.

SAVE THE DATE: Camp Tamarack Family Fun Run, Saturday May 17, North Park.

Brightwater Today is published weekly by Marketing & Communications.
""",
    html="""<html><body style="font-family:Arial">
<h2 style="color:#006699">BRIGHTWATER TODAY</h2><p><i>Week of March 24, 2025</i></p>
<h3>New Family Diabetes Learning Center opens April 7</h3>
<p>The Division of Endocrinology &amp; Diabetes will open its new learning center on Tower B,
Level 3. The space includes a teaching kitchen, a pump and CGM &ldquo;try-it&rdquo; bar, and two
group classrooms. &ldquo;Families of newly diagnosed kids used to get all their teaching in a
hospital room at 9 p.m.,&rdquo; said Dr. Lauren Feld, division chief. &ldquo;Now they can learn
in a real kitchen, with other families.&rdquo; Last year the division cared for more than 1,900
children with diabetes and 212 new diagnoses.</p>
<h3>Genetics welcomes two counselors</h3>
<p>Please welcome Jae Lim, MS, CGC, and Teresa Quintero, MS, CGC, who joined in March.</p>
<h3>Epilepsy Surgery Program earns Level 4 reaccreditation</h3>
<p>Congratulations to Dr. Maryam Siddiqui and the Comprehensive Epilepsy Center team.</p>
<p><b>SAVE THE DATE:</b> Camp Tamarack Family Fun Run, Saturday May 17, North Park.</p>
<p style="font-size:small">Brightwater Today is published weekly by Marketing &amp;
Communications.</p></body></html>""")

add('clean', 'news', '',
    'County Health Department <healthalerts@alleghenyco-health.example.gov>',
    'Pediatric Providers List <peds-providers@lists.alleghenyco-health.example.gov>',
    'HEALTH ADVISORY #2025-06: Measles cases in the region',
    'Fri, 07 Mar 2025 16:00:00 -0500',
    """HEALTH ADVISORY #2025-06
Measles: 3 confirmed cases, Allegheny County

SUMMARY
The Health Department is investigating 3 confirmed measles cases reported since February 24.
All three are unvaccinated children aged 1-9 years. Exposure locations have been posted on the
department website. Approximately 140 contacts are being followed.

RECOMMENDATIONS FOR CLINICIANS
- Consider measles in any patient with fever and rash, especially with cough, coryza, or
  conjunctivitis.
- Mask and isolate suspected patients immediately; do not use the waiting room.
- Report suspected cases by phone within 24 hours to 412-555-0400 (after hours 412-555-0401).
- Collect a nasopharyngeal swab for PCR and serum IgM.
- Verify MMR status for all patients 12 months and older; infants 6-11 months traveling
  internationally should receive an early dose.

Data current as of March 7, 2025. This advisory will be updated as needed.
""")

add('clean', 'news', '',
    'MedSafety Alerts <alerts@medsafety-digest.com>',
    'Pharmacy Dept <pharmacy@%s>' % H,
    'RECALL: Class I - glucose sensor lots (false low readings)',
    'Wed, 12 Mar 2025 12:00:00 -0400',
    """MEDSAFETY DIGEST - DEVICE RECALL

Product: GlucoTrak Flex continuous glucose sensors, 14-day
Recall class: Class I (most serious)
Lots affected: GTF24110-A through GTF24118-C; GTF24201-A; GTF24203-B
Distribution: Nationwide, Oct 2024 - Feb 2025; approx. 212,000 units

Problem: A manufacturing defect may cause sensors to report glucose readings that are falsely
low by 40-60 mg/dL. Users who treat a false low with carbohydrates may develop hyperglycemia;
users who rely on a falsely reassuring trend could also miss true hypoglycemia alerts due to
delayed calibration. The manufacturer has received 1,140 complaints and 27 reports of serious
injury. No deaths reported.

Action: Stop using affected lots. Confirm readings with fingerstick. Contact manufacturer at
1-800-555-0190 for replacement sensors.

You are receiving this because you subscribed to MedSafety Digest. Unsubscribe.
""")

add('clean', 'news', '',
    'Pediatric Diabetes Research Consortium <updates@pdrc-network.org>',
    'Dr. Nadia Haddad <nhaddad@%s>' % H,
    'PDRC Quarterly: T1D incidence and DKA-at-diagnosis trends, 2019-2024',
    'Tue, 18 Mar 2025 06:45:00 -0400',
    """PDRC QUARTERLY DATA BRIEF - Q1 2025

Type 1 diabetes incidence, children <18 (32 participating centers)
  2019  22.1 per 100,000
  2020  25.8 per 100,000
  2021  27.3 per 100,000
  2022  26.0 per 100,000
  2023  24.9 per 100,000
  2024  24.6 per 100,000

DKA at diagnosis: 39.4% of 8,214 new-onset cases in 2024 (down from 46.2% in 2021).
Highest DKA rates remained in children under 6 (52%) and in publicly insured families (47%).

CGM use at 12 months after diagnosis reached 81% (2024) vs 54% (2019). Median HbA1c at
12 months: 7.3%.

All figures are aggregate. Center-level dashboards are available to site PIs in the secure
portal. Next quarterly call: April 15, 12:00 ET.
""")

add('clean', 'news', '',
    'Epilepsy Alliance of Western PA <news@epilepsyalliancewpa.org>',
    'Neurology Clinic <neuroclinic@%s>' % H,
    'March newsletter: Purple Day, school nurse trainings, camp scholarships',
    'Thu, 20 Mar 2025 10:00:00 -0400',
    """EPILEPSY ALLIANCE OF WESTERN PA - MARCH NEWS

PURPLE DAY IS MARCH 26
Wear purple for epilepsy awareness! Share your photos with #PurpleDayWPA. About 1 in 26 people
will develop epilepsy at some point in their lives, and roughly 470,000 children in the US
live with it today.

SEIZURE FIRST AID FOR SCHOOLS
Our free "Seizure Smart Schools" training for school nurses, teachers and bus drivers runs
April 8 (virtual) and April 22 (in person, Monroeville). Register at our website.

CAMP SCHOLARSHIPS
Applications for Camp Brainstorm scholarships are open through April 30. Families can apply
online; a clinician signature is required on the medical form.

Thank you to our clinical partners at Brightwater Children's for hosting the February family
education night - over 80 families attended!
""")

add('clean', 'news', '',
    'NASPGHAN Events <events@pedsgi-society.example.org>',
    'Dr. Robert Abernathy <rabernathy@%s>' % H,
    'Webinar Apr 9: New guidance on EoE in children - register',
    'Mon, 24 Mar 2025 13:00:00 -0400',
    """Join us for a free CME webinar:

"Eosinophilic Esophagitis in Children: What's New in Diagnosis and Therapy"
Wednesday, April 9, 2025 | 12:00-1:00 PM ET

Speakers:
  Dr. Helena Voss, MD - Professor of Pediatrics, Midwest University
  Dr. Samuel Achebe, MD, MPH - Pediatric Gastroenterology

Topics: PPI vs swallowed steroid vs dupilumab as first-line; how many biopsies and where;
elimination diets in practice; when to repeat endoscopy.

1.0 AMA PRA Category 1 Credit(TM). Registration closes April 7.

You received this email as a society member. Manage preferences.
""")

# ============================================================ CLEAN: staff
add('clean', 'staff', '',
    'Dr. Nadia Haddad <nhaddad@%s>' % H,
    'Endo Fellows <endofellows@%s>' % H,
    'DKA two-bag protocol - updated version live Monday',
    'Thu, 06 Mar 2025 17:45:00 -0500',
    """Hi all,

The revised DKA two-bag protocol goes live Monday 3/10. Main changes:

1. Fluid bolus: 10 mL/kg NS over 30-60 min, may repeat once; no routine 20 mL/kg.
2. Insulin 0.05-0.1 units/kg/hr - the lower dose is now the default for kids under 5 and for
   anyone with pH > 7.15.
3. Bag 1 = NS + 20 KCl + 20 KPhos; Bag 2 = D10 with same lytes. Total rate 1.5x maintenance.
4. Neuro checks q1h for the first 12 hours for everyone (not just <5 yrs).
5. Transition to SQ when pH > 7.30 and bicarb > 15, not AG closure.

Order set in Epic has been updated. Please review the PDF on the division SharePoint before
your next call night. Questions to me or Lauren.

Nadia
""")

add('clean', 'staff', '',
    'Dr. Luis Aponte <laponte@%s>' % H,
    'Genetics Team <geneticsteam@%s>' % H,
    'case conf thurs - de-identified case',
    'Tue, 11 Mar 2025 16:05:00 -0400',
    """For Thursday's case conference - I've stripped the identifiers, please don't add any when
you reply-all.

School-aged girl with mild ID, short stature, and a VSD repaired in infancy. Exome negative
2 years ago (proband only). Recent reanalysis flagged a de novo-looking missense in a gene
that wasn't disease-associated at the time of the first report. Parents' samples not yet
available.

Questions for discussion:
 - how do we handle reanalysis requests when the original lab has changed their policy?
 - is it reasonable to report back a VUS-upgrade before parental testing?
 - billing: who pays for reanalysis and parental confirmation?

Luis Aponte, MD, PhD
Chief, Division of Medical Genetics
""")

add('clean', 'staff', '',
    'Dr. Anjali Rao <arao@%s>' % H,
    'Dr. Maryam Siddiqui <msiddiqui@%s>' % H,
    'ketogenic diet referrals - criteria?',
    'Wed, 12 Mar 2025 12:22:10 -0400',
    """Maryam,

Quick q - what's our threshold for referring to the keto diet clinic now? I have a couple of
kids who've failed 2 ASMs and the families are interested but I know the dietitian wait list is
long. Are we still saying 2 failed drugs + no surgical candidate, or do we want to prioritize
GLUT1 and PDH first?

Also is the modified Atkins option available for teens yet or only classic keto?

Anjali

Anjali Rao, MD
Pediatric Epilepsy Fellow
""")

add('clean', 'staff', '',
    'Dr. Grace Chen <gchen@%s>' % H,
    'GI Faculty <gi-faculty@%s>' % H,
    'scope block coverage April',
    'Mon, 17 Mar 2025 08:11:54 -0400',
    """Hi all - with Rob at DDW the first week of May and Chidi on paternity leave from 4/14, we
have 6 endoscopy blocks in April that are uncovered:

  4/15 AM, 4/17 PM, 4/22 AM, 4/24 AM+PM, 4/29 AM

Fellows can do the add-ons but need an attending in the room. If you can take one, reply with
the date and I'll send it to the endoscopy suite. Otherwise I'll ask the OR if we can release
4/24 PM.

Thanks,
Grace

Grace Chen, MD
Associate Division Chief, Pediatric Gastroenterology
""")

add('clean', 'staff', '',
    'Hannah Greer <hgreer@%s>' % H,
    'Dr. Robert Abernathy <rabernathy@%s>' % H,
    'vit D dosing on steroids - general q',
    'Wed, 19 Mar 2025 14:30:00 -0400',
    """Rob - not about a specific patient, more a practice question. For our IBD kids on a prolonged
steroid course, are we standardizing vitamin D at 1000 IU/day or dosing to a level? The
endocrine group uses 25-OH D > 30 as target. Also, do you want calcium routinely or only if
dietary intake is low?

I found the 2023 position paper saying there's not much evidence for routine DXA under 12
months of steroids - happy to send it.

Hannah
""")

add('clean', 'staff', '',
    'Dr. Lauren Feld <lfeld@%s>' % H,
    'Jess Albright <healthcenter@camptamarack.org>',
    'standing orders for camp 2025 - draft',
    'Thu, 27 Mar 2025 21:10:00 -0400',
    """Jess,

Draft standing orders for the health center attached inline - same as last year with a few tweaks:

- Hypoglycemia: <70 -> 15 g fast carb, recheck 15 min; <54 or unable to swallow -> nasal
  glucagon 3 mg (any age >= 4 at camp), call 911 if no response in 15 min.
- Overnight checks: all campers on MDI get a 2am check on nights 1, 2 and any night after the
  lake/hiking day. Pump users in closed-loop mode: rely on CGM alerts unless <100 at bedtime.
- Ketones: check blood ketones if BG > 300 twice, 2 hrs apart; >1.5 call the on-call doc.
- Pump failure: switch to pens using the backup doses on each camper's form.

Send me any changes before the nursing orientation on June 14.

Lauren
""")

add('clean', 'staff', '',
    'Marisa Kent <mkent@%s>' % INF,
    'GI Nurse Line <ginurses@%s>' % H,
    'Process change: biologic renewal orders starting April 1',
    'Fri, 28 Mar 2025 11:00:00 -0400',
    """Hello Brightwater GI team,

Starting April 1, Keystone Home Infusion will require renewal orders for biologic infusions
(infliximab, vedolizumab, ustekinumab IV loading) at least 14 days before the current order
expires, instead of 7. Our pharmacy needs the extra time for benefits re-verification, which has
been taking longer with several plans.

We'll send a reminder list to your nurse line every Monday. No patient info will be in the
subject line; the list will come through the secure portal.

Also, our after-hours pharmacist line is changing to 610-555-0147.

Thanks for partnering with us,
Marisa Kent, RN, BSN
Clinical Liaison, Keystone Home Infusion
""")

# ============================================================ CLEAN: training
add('clean', 'training', '',
    'Epic Training Team <epictraining@%s>' % H,
    'Specialty Clinics New Hires <newhires-amb@%s>' % H,
    'Ambulatory class 3/26 - your training login and practice patients',
    'Mon, 24 Mar 2025 09:00:00 -0400',
    """Welcome to Epic Ambulatory for Specialty Clinics!

Class: Wed 3/26, 8:30-4:00, Tower A Training Room 2
Training environment: TRN-AMB (NOT production)
Your login: TRNAMB## (## = your seat number), password: train1

Practice patients in your seat's workbook:
  ZZTEST, DIABETES      MRN 9900001   DOB 01/01/2010
  ZZTEST, GIBABY        MRN 9900002   DOB 01/01/2023
  ZZTEST, NEURO-TEEN    MRN 9900003   DOB 01/01/2008

Exercises: schedule a follow-up, reconcile meds, place a HbA1c order, route a note to the PCP.
None of these are real people - please do not look up real patients in production during class.

Epic Training Team | x4400
""")

add('clean', 'training', '',
    'Sam Whitlock <swhitlock@glucometrics-cloud.com>',
    'Tanya Oakes <toakes@%s>' % H,
    'Demo follow-up: GlucoMetrics clinic dashboard (sample data)',
    'Thu, 13 Mar 2025 15:20:00 -0400',
    """Hi Tanya,

Thanks for sitting through the demo with your team. As promised, here are the screenshots
in text form plus the sample export. Everything is from our demo tenant with fictional
patients (Jane Doe, John Q. Sample, etc.) - no customer data.

Sample population view (demo):
  Jane Doe        age 12   TIR 68%   GMI 7.2   wear 94%   flag: none
  John Q. Sample  age 15   TIR 41%   GMI 8.6   wear 71%   flag: low wear
  Baby Demo       age 4    TIR 55%   GMI 7.8   wear 98%   flag: lows overnight

Pricing for 2 clinic sites and unlimited patients is in the attached quote (Q-2025-0311).
Happy to set up a 30-day pilot in your test environment.

Sam Whitlock
Account Executive, GlucoMetrics
617-555-0182
""",
    atts=[txt('demo_export_SAMPLE.csv', rows_csv([
        ['demo_id', 'name', 'age', 'tir_pct', 'gmi', 'wear_pct'],
        ['DEMO-001', 'Jane Doe', '12', '68', '7.2', '94'],
        ['DEMO-002', 'John Q. Sample', '15', '41', '8.6', '71'],
        ['DEMO-003', 'Baby Demo', '4', '55', '7.8', '98'],
    ]), 'csv')])

add('clean', 'training', '',
    'Raj Subramanian <rsubramanian@%s>' % H,
    'Mike Donnelly <mdonnelly@%s>' % INF,
    'test messages for ADT feed validation (TEST env)',
    'Mon, 03 Mar 2025 10:30:00 -0500',
    r"""Mike,

Here are the test messages we'll push to your TEST endpoint on Wednesday. These are all
synthetic - TEST patients only, from our interface test script.

MSH|^~\&|EPIC|BWCH|KEYSTONE_INF|KHI|20250305090000||ADT^A04|TEST0001|T|2.3
PID|1||9900001^^^BWCH^MR||ZZTEST^DIABETES||20100101|F|||123 TEST ST^^ANYTOWN^PA^00000||(000)000-0000
PV1|1|O|ENDO^CLINIC||||9999999999^TESTDOC^ALPHA^^^MD

MSH|^~\&|EPIC|BWCH|KEYSTONE_INF|KHI|20250305090500||ADT^A08|TEST0002|T|2.3
PID|1||9900002^^^BWCH^MR||ZZTEST^GIBABY||20230101|M|||123 TEST ST^^ANYTOWN^PA^00000||(000)000-0000
PV1|1|O|GI^CLINIC||||9999999999^TESTDOC^ALPHA^^^MD

Processing ID is T on all of them. If anything with P shows up on your side from us this week,
call me right away.

Raj
""")

add('clean', 'training', '',
    'Compliance Office <compliance@%s>' % H,
    'All Employees <allstaff@%s>' % H,
    'Annual HIPAA refresher - module 3 scenarios (due 4/30)',
    'Tue, 01 Apr 2025 08:00:00 -0400',
    """Annual HIPAA & Privacy Refresher - Module 3: Email and texting

Please complete Module 3 in the learning system by April 30. Preview of the scenarios:

Scenario A: A parent emails the clinic asking about "John Doe's" lab results and includes his
date of birth. May you reply with the results by regular email? (Answer in module.)

Scenario B: You need to send a list of 12 patients to the home infusion company. Which of
these is acceptable: (a) Excel attached to regular email, (b) secure portal, (c) text message?

Scenario C: A school nurse calls asking if "Jane Sample" was seen in clinic today. What do you
need first?

Reminder: sending PHI outside Brightwater requires [SECURE] in the subject line, which triggers
encryption. When in doubt, call the Privacy Officer at x3000.

Brightwater Children's Compliance & Privacy Office
""")

add('clean', 'training', '',
    'Simulation Center <simcenter@%s>' % H,
    'Endo Fellows <endofellows@%s>' % H,
    'Sim session 4/3: pediatric DKA with cerebral edema',
    'Fri, 28 Mar 2025 13:15:00 -0400',
    """Hi fellows,

Your next sim is Thursday 4/3, 1-3pm, Sim Lab B.

Scenario: "Baby Sam Sample" (SimJunior manikin), 6 y/o, brought to the ED with vomiting and
lethargy. Simulated labs: glucose 612, pH 6.98, bicarb 4. At minute 25 the manikin develops
bradycardia and a sluggish pupil. Learners are expected to recognize cerebral edema and give
hyperosmolar therapy.

Pre-reading: ISPAD 2022 DKA chapter (on the sim center site).
Debriefing with Dr. Haddad and Nurse Educator Kim Sato.

This is a fictional case - the labs and history are written by the sim team.

Simulation Center | x6700
""")

add('clean', 'training', '',
    'Dev Patel <dpatel@%s>' % H,
    'App Dev Team <appdev@%s>' % H,
    'FHIR sandbox: synthetic patients loaded for the growth chart app',
    'Wed, 26 Mar 2025 11:11:11 -0400',
    """Team,

Sandbox (fhir-sandbox.dev.bwch.local) now has 500 Synthea-generated pediatric patients for the
growth chart SMART app. Everything is synthetic. Example resource you can hit:

GET /Patient/example-peds-001
{
  "resourceType": "Patient",
  "id": "example-peds-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}]},
  "name": [{"family": "Synthetic", "given": ["Test"]}],
  "gender": "female",
  "birthDate": "2015-01-01"
}

Observations for height/weight are in LOINC 8302-2 / 29463-7. Please don't load any real data
into the sandbox, even de-identified.

Dev
""")

# ============================================================ build
def plain_cte(text):
    # what most mail clients do: 7bit for plain ASCII, 8bit for UTF-8 text
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        return '8bit'


def build(idx, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%d.%04d.%s@%s>' % (SEED, idx, m['kind'], dom)
    for k, v in m['hdrs'].items():
        msg[k] = v
    msg.set_content(m['body'], cte=m['cte'] or plain_cte(m['body']))
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', cte=plain_cte(m['html']))
    for maintype, subtype, name, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=name, cte=plain_cte(data))
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = [['file', 'label', 'kind', 'patient_name']]
    for idx, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(idx, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    for k in sorted(counters):
        print('%s-%s: %d' % (k[0], k[1], counters[k]))
    print('total:', sum(counters.values()))


if __name__ == '__main__':
    main()
