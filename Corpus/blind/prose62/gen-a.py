#!/usr/bin/env python3
# Blind evaluation mail set: dialysis / kidney-transplant programme. SEED=6201
import sys, os, io, csv, random, zipfile
from email.message import EmailMessage
import email.policy

random.seed(6201)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []
COUNT = {}

def M(label, kind, patient, frm, to, subj, date, body, cc=None, html=None,
      atts=None, cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, cc=cc, html=html,
                     atts=atts or [], cte=cte, extra=extra or {}))

def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2023, 11, 6, 7, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))

def xlsx_bytes(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xml_rows))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)

def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
        "the intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

DISC_MK = ("This message is from Meridian Kidney & Transplant. It may contain information that is\n"
           "privileged or protected by law. If you received it in error please notify the sender\n"
           "and delete it.")

# ======================================================================
# PHI: care
# ======================================================================
M('phi', 'care', 'Pruitt',
  'Dana Kowalczyk RN <dkowalczyk@meridiankidney.org>',
  'Arjun Sahni MD <asahni@meridiankidney.org>',
  'Eastgate chair 14 this am',
  'Tue, 07 Nov 2023 10:41:09 -0500',
  """Dr Sahni -

Gerald Pruitt only got 3h10 of his 4h this morning. circuit clotted twice, first at about
40 min in, we gave the 1000u bolus per your standing order and restrung. second time we
couldnt get good flow back, arterial pressures running -260 to -280 the whole time and
venous 210+. needling was hard, took Marcus two tries on the arterial side.

pre wt 86.9, post 84.1 (EDW 82.5) so he's going home heavy again. BP 168/94 pre.
sent a K with the monthlies, result was 6.1, repeat pending.

he says the arm "feels tight" near the top of the fistula. I didnt feel much of a thrill
up there. do you want us to set up a fistulogram with access clinic? he's MWF 1st shift.

Dana
Dana Kowalczyk, RN, CNN
Charge Nurse, Eastgate Dialysis Unit
Meridian Kidney & Transplant | 555-310-4420 x212
""")

M('phi', 'care', 'Vance',
  'Corinne Abernathy <cabernathy@meridiankidney.org>',
  'Transplant OR Scheduling <txor@hvumc.edu>',
  'Offer accepted - L. Vance - admit tonight',
  'Sat, 11 Nov 2023 19:02:33 -0500',
  """Hi all,

We accepted a deceased donor kidney offer for Loretta Vance at 18:20. Final crossmatch
(flow) was negative for T and B cells this afternoon. She has been told to stop eating,
last HD was Friday so the team wants a K on arrival and dialysis before the OR only if
it's over 5.5.

She'll come in through the ED to 7 West around 21:00, her son is driving. Kidney ETA
from the OPO is ~02:30, so OR tentatively 05:00 with Dr. Hallstrom.

Home meds reviewed with her by phone: hold the lisinopril, hold the sevelamer, takes
carvedilol 12.5 in the AM. She's had her flu shot this season and the COVID booster in
September.

Thanks,
Corinne

Corinne Abernathy, RN, CCTC
Pre-Transplant Coordinator
Meridian Kidney & Transplant / HVUMC Kidney Transplant Program
pager 555-0199-4471
""",
  html="""<html><body><p>Hi all,</p>
<p>We accepted a deceased donor kidney offer for <b>Loretta Vance</b> at 18:20. Final crossmatch
(flow) was negative for T and B cells this afternoon. She has been told to stop eating,
last HD was Friday so the team wants a K on arrival and dialysis before the OR only if
it's over 5.5.</p>
<p>She'll come in through the ED to 7 West around 21:00, her son is driving. Kidney ETA
from the OPO is ~02:30, so OR tentatively 05:00 with Dr. Hallstrom.</p>
<p>Home meds reviewed with her by phone: hold the lisinopril, hold the sevelamer, takes
carvedilol 12.5 in the AM. She's had her flu shot this season and the COVID booster in
September.</p>
<p>Thanks,<br>Corinne</p>
<p style="color:#555;font-size:9pt">Corinne Abernathy, RN, CCTC<br>Pre-Transplant Coordinator<br>
Meridian Kidney &amp; Transplant / HVUMC Kidney Transplant Program<br>pager 555-0199-4471</p>
</body></html>""",
  cc='Nasrin Ghorbani MD <nghorbani@hvumc.edu>')

M('phi', 'care', 'Beckwith',
  'Ellen Strausbaugh <estrausbaugh@meridiankidney.org>',
  'Home PD Team <homepd@meridiankidney.org>',
  'FW: Harold B. home visit',
  'Thu, 02 Nov 2023 16:15:50 -0400',
  """FYI team - see below. Harold's culture came back, coag neg staph, sensitive to cephalexin
so no change. I'll go back out Monday to recheck the site.

-Ellen

-----Original Message-----
From: Ellen Strausbaugh
Sent: Tuesday, October 31, 2023 3:48 PM
To: Priyanka Dasgupta MD
Subject: Harold B. home visit

Dr. Dasgupta,

Saw Harold Beckwith at home today for his quarterly. Exit site is red about 1 cm around
with a little crust, no drainage I could express, tunnel not tender. Swabbed it and sent
to Keystone. Started him on cephalexin 500 bid x 14 days per the exit site protocol and
mupirocin daily.

His effluent has been clear. He's been using more 2.5% bags because he's up 3 lb and his
ankles are puffy. I switched his last fill overnight to 2.5% and kept the day dwell as
icodextrin. He says his wife is doing most of the connects now since his hands shake.

Also his cycler keeps giving a "low drain" alarm 2-3x a night. Repositioning fixes it.
Might want a KUB to check catheter position if it keeps up.

Ellen Strausbaugh RN
Home Dialysis Nurse
Meridian Kidney & Transplant
""")

M('phi', 'care', 'Holloway',
  'Vascular Access Clinic <vac@meridiankidney.org>',
  'Dr. Raymond Oduya <roduya@tricountyvascular.com>',
  'Re: Tamsin Holloway - LUE AVF maturation',
  'Wed, 15 Nov 2023 13:27:02 -0500',
  """Dr. Oduya,

Thanks for seeing her so quickly. Following up on Ms. Holloway's access after your
brachiocephalic fistula creation on 9/19.

Duplex today (8 weeks out):
  - volume flow 480 mL/min
  - vein diameter 5.1 mm mid upper arm
  - depth 7.8 mm from skin, deepest at the antecubital segment
  - no stenosis at the anastomosis

So it's got the diameter but it's too deep to cannulate safely. Our group thinks she'd
do better with a superficialization than waiting longer. She is still dialyzing through
her right IJ tunneled cath at Lakeview and really wants it out; she had one line
infection already in August.

Could your office call her to set up a pre-op visit? Best number is the one on the
referral.

Thanks,
Monique Treadwell, MSN, APRN
Vascular Access Clinic, Meridian Kidney & Transplant
tel 555-310-4488  fax 555-310-4489

""" + DISC_MK)

M('phi', 'care', 'Castellanos',
  'Hadley Ferreira RD <hferreira@meridiankidney.org>',
  'Simone Larkspur LCSW <slarkspur@meridiankidney.org>',
  'renee castellanos - binder cost',
  'Mon, 13 Nov 2023 11:03:44 -0500',
  """Hi Simone,

Renee Castellanos's phos has been 7.8 and then 8.2 the last two monthly labs. When I sat
with her at chairside Thursday she finally told me she stopped the sevelamer in
September because the copay went to $95 after the pharmacy switched her plan. She's been
taking the calcium acetate we gave her samples of "when she remembers."

Dr. Yilmaz changed her over to calcium acetate 2 caps with meals for now since that's
cheaper, but her calcium was 9.9 so that can't be long term. Is there any assistance
program you can try for her? She also mentioned she's been skipping meals to make the
money stretch, which honestly worries me more - albumin was 3.2.

She's Tues/Thurs/Sat 2nd shift at Portside if you want to catch her.

thanks!
Hadley

Hadley Ferreira, MS, RD, CSR
Renal Dietitian - Portside & Lakeview units
""")

M('phi', 'care', 'Feld',
  'Living Donor Program <livingdonor@meridiankidney.org>',
  'Gwendolyn Marsh <gmarsh@hvumc.edu>',
  'Donor workup status - Marcus Feld (for sister)',
  'Fri, 03 Nov 2023 09:12:18 -0400',
  """Gwen,

Update on Marcus Feld, 41, who is being evaluated to donate to his sister:

- CT angiogram abdomen/pelvis done 10/27: two renal arteries on the left, single on the
  right. Surgeon would prefer the right kidney.
- 24-hour urine: creatinine clearance 112 mL/min, protein 90 mg/24h (normal)
- Fasting glucose 104, A1c 5.9 so we're doing a 2-hr glucose tolerance test on 11/9
- BMI 31.2 - he's been working with the dietitian, down 6 lb since August
- Psychosocial eval with Simone booked 11/14 at 2pm
- Independent Living Donor Advocate visit still needs to be scheduled

If the GTT is ok I think he can go to the selection committee on the 28th.

Beatriz Okonjo, RN
Living Donor Coordinator
Meridian Kidney & Transplant
555-310-4550
""",
  cte='quoted-printable')

M('phi', 'care', 'Brennan',
  'Shauna Kilbride <skilbride@hvumc.edu>',
  'Portside Dialysis <portside.charge@meridiankidney.org>',
  'Pt returning to Portside - Ignatius Brennan',
  'Sun, 12 Nov 2023 14:55:27 -0500',
  """Hello Portside team,

Discharge notice for your patient Ignatius Brennan, admitted here 11/6 with fever and
rigors during his Monday run. Blood cultures grew MSSA from both the peripheral and the
catheter draws. His tunneled L IJ catheter was removed 11/7 and a new one placed on the
right 11/9 after cultures cleared. TEE was negative for vegetation.

Plan:
  * cefazolin 2 g with each HD session, through 12/18 (6 weeks from first neg culture)
  * weekly CBC and CMP with dialysis labs
  * he got HD here on Saturday, next run Tuesday at Portside, his usual chair
  * follow up with ID clinic in 2 weeks (we've booked it)

He's a bit deconditioned, PT recommended a walker. Daughter will bring him Tuesday.
Discharge summary and MAR faxed to 555-310-4601.

Thanks,
Shauna Kilbride, RN
Case Management, 6 North
Halverson University Medical Center
""")

M('phi', 'care', 'Sims',
  'tjackson@meridiankidney.org',
  'Eastgate Front Desk <eastgate.desk@meridiankidney.org>',
  'callback pls',
  'Mon, 06 Nov 2023 07:58:10 -0500',
  """can someone call back yolanda sims' daughter re: transport. she missed tx saturday,
ride never came. needs a makeup run today or tmrw, she was 4.5 kg up on thurs and
her K was 5.8 last draw so dont let this slide to wed. dr h aware.

-tj
""")
# ======================================================================
# PHI: names
# ======================================================================
M('phi', 'names', 'Nguyễn',
  'Nasrin Ghorbani MD <nghorbani@hvumc.edu>',
  'Kidney Tx Clinical Team <kidneytx-team@meridiankidney.org>',
  'Nguyễn Thị Hằng — protocol bx back',
  'Wed, 08 Nov 2023 17:44:01 -0500',
  """6-week protocol biopsy read came back this afternoon: borderline changes, i1 t1, C4d
negative. DSA still pending from the lab.

I'd like to give three days of IV methylpred in infusion starting Friday and bump the
tac target to 8-10. Her daughter interprets, please book the Vietnamese phone line as
backup.

Add to Thursday conference please.

N.
""")

M('phi', 'names', 'Adeyemi-Cole',
  'HLA Lab - Keystone <hla@keystonelabs.com>',
  'Corinne Abernathy <cabernathy@meridiankidney.org>',
  'Specimen rejected',
  'Thu, 09 Nov 2023 12:10:37 -0500',
  """Ms. Abernathy,

The quarterly antibody screen sample received 11/08 for:

    Adeyemi-Cole, Babatunde O.

was hemolyzed on arrival and could not be run. Please have a recollection drawn (2 x 10 mL
red top) and shipped Mon-Thu only. His last PRA on file is from July and the waitlist
requires a current sample by 11/30 to keep the cPRA valid.

Regards,
Lindiwe Hartigan, MT(ASCP)
Histocompatibility Laboratory
Keystone Reference Labs
(555) 882-0300 opt 4
""")

M('phi', 'names', 'van der Berg',
  'Karsten Lindqvist MD <klindqvist@meridiankidney.org>',
  'Annelise Potgieter NP <apotgieter@meridiankidney.org>',
  'Mrs. van der Berg',
  'Tue, 14 Nov 2023 08:20:55 -0500',
  """Annelise,

Can you bring Mrs. van der Berg in this week rather than at her 3 mo? Her creatinine is up
to 2.3 from a baseline of 1.4 and her tac trough was only 3.9. I suspect she's been
missing evening doses again, she mentioned traveling to see her grandkids.

Order: repeat BMP + tac level, UA, renal transplant US with dopplers, BK PCR. If the
creat is still up after we fix the level we'll talk about biopsy.

Thx
KL
""")

M('phi', 'names', 'Priya',
  'Marcus Delacroix <mdelacroix@meridiankidney.org>',
  'Sunita Rao <srao@meridiankidney.org>',
  'chair 9 again',
  'Thu, 16 Nov 2023 13:35:12 -0500',
  """Sunita,

Chair 9 (Priya, the transfer from Lakeview, T/Th/S 2nd shift) signed off early again
today, 2h45 of a 4h. She cramped bad after the first hour and said she's done. That's the
third short run since she came over. We dropped her UF goal but she keeps coming in
5+ kg up. Her mom was there today and asked to talk to the doc about it.

Could you do the short-treatment/AMA paperwork with her next visit and see if she'd meet
with Hadley about fluids? I told her Dr. Yilmaz rounds Tuesday.

Marcus
PCT, Portside Dialysis
""")

M('phi', 'names', 'Al-Rashidi',
  'Corinne Abernathy <cabernathy@meridiankidney.org>',
  'Cardiology Scheduling <cardsched@hvumc.edu>',
  'pre-transplant stress test - Mr. Al-Rashidi',
  'Mon, 30 Oct 2023 10:05:29 -0400',
  """Good morning,

Requesting a regadenoson nuclear stress test for Mr. Khalid Al-Rashidi as part of his
kidney transplant evaluation (he is 62, diabetic, on HD since 2021). He can't do a
treadmill test because of his knee. Please avoid Mon/Wed/Fri mornings - he dialyzes
at Eastgate 6am. Tues or Thurs any time is fine.

He prefers calls to his son Omar, who manages his appointments. Order is in Epic.

Thank you,
Corinne Abernathy, RN, CCTC
Pre-Transplant Coordinator
""")

M('phi', 'names', 'Wójcik',
  'Surgery Scheduling <surgsched@hvumc.edu>',
  'Home PD Team <homepd@meridiankidney.org>',
  'RE: PD cath placement',
  'Fri, 10 Nov 2023 15:20:44 -0500',
  """Hi,

Zbigniew Wójcik is scheduled for laparoscopic PD catheter insertion on Tuesday 11/28,
arrival 6:30 am, Dr. Hallstrom. NPO after midnight. He needs to stop the apixaban
2 days before - can your nephrologist confirm that's ok with his cardiologist?

Pre-op labs can be done at your unit on his Monday dialysis.

Thanks
Renata

-----Original Message-----
From: Home PD Team
Sent: Wednesday, November 8, 2023 9:14 AM
To: Surgery Scheduling
Subject: PD cath placement

Hi - please schedule PD catheter for Mr. Wojcik (ref. attached). He'd like to start
training before the holidays if possible. He's currently on in-center HD via a
tunneled line.
""")

M('phi', 'names', 'Sundaram-Iyer',
  'Simone Larkspur LCSW <slarkspur@meridiankidney.org>',
  'Eastgate Dialysis Team <eastgate@meridiankidney.org>',
  'Meenakshi - care conference',
  'Tue, 31 Oct 2023 14:45:00 -0400',
  """Hi team,

Family meeting for Ms. Meenakshi Sundaram-Iyer is set for Thursday 11/2 at 12:30 in the
conference room after her treatment. Her husband and both sons will be there; one son
is calling in from Bangalore so we'll use the speakerphone.

Topics: her falls at home (two since Sept), whether she can keep coming 3x/wk with the
transport issues, and the family's question about home hemo vs. nursing home placement.
Dr. Sahni will attend. If her nurse can bring her last three months of pre/post
weights and BPs that would help.

Simone Larkspur, LCSW
Renal Social Worker
""")

M('phi', 'names', "O'Dowd",
  'Arjun Sahni MD <asahni@meridiankidney.org>',
  'Palliative Care Intake <palliative@hvumc.edu>',
  "Referral: Siobhán O'Dowd",
  'Wed, 01 Nov 2023 18:30:22 -0400',
  """Hello,

Referring Siobhán O'Dowd, 84, who has decided with her family to stop dialysis after her
session this Friday. She has been on HD 6 years, now bedbound most of the day, and has
had two admissions for hypotension during treatment this fall. She understands that
without dialysis she likely has days to a couple of weeks.

She wants to be at home. Her daughter Aoife is the health care proxy and is with her
most days. We'd appreciate a home hospice evaluation as early as Saturday.

Arjun Sahni, MD
Nephrology, Meridian Kidney & Transplant
555-310-4400
""")
# ======================================================================
# PHI: self
# ======================================================================
M('phi', 'self', 'Quintero',
  'Marisol Q <marisolq71@mailbox.net>',
  'homepd@meridiankidney.org',
  'cycler alarm + cloudy bag??',
  'Sat, 04 Nov 2023 06:48:15 -0400',
  """Hi this is Marisol Quintero, Im on the overnight cycler. The drain alarm kept going off all
night like 6 times and this morning my first bag looked kind of cloudy, not milky but
not clear like usual. My belly is a little sore too but no fever (99.1).

Should I come in or can it wait until Monday? I saved the bag in the fridge like Ellen
told me before. My DOB is 2/11/1971 if you need it to look me up.

thank you,
Marisol
""")

M('phi', 'self', 'Achterberg',
  'Desmond Achterberg <des.achterberg@fastpost.com>',
  'Kidney Transplant Clinic <kidneytx@meridiankidney.org>',
  'question about my tacrolimus level',
  'Tue, 07 Nov 2023 20:11:40 -0500',
  """Hello,

My name is Desmond Achterberg, I got my kidney at Halverson on March 14 this year. The
lab called today and said my tacrolimus level was 14.2 and somebody would call me about
changing the dose but nobody has. I'm on 4mg in the morning and 3mg at night.

I did take the morning dose before the blood draw this time by mistake, I forgot. Does
that make it high? Should I still take tonight's dose?

Also my hands have been shaky this week if that matters.

Thanks,
Des
(555) 627-0981
""")

M('phi', 'self', 'Moreau',
  'Claudette Moreau <cmoreau.home@lakeshore-isp.net>',
  'Transplant Office <transplant@meridiankidney.org>',
  'Elijah Moreau - waitlist status?',
  'Thu, 26 Oct 2023 21:37:53 -0400',
  """To whom it may concern,

I'm writing about my son Elijah Moreau (born 06/22/2007). He has been on the kidney
waitlist since January and on PD at home since he was 14. We haven't heard anything since
his evaluation update in the summer.

His last echo was in April and I think the list needs a new one every year? Also his
school wants a letter explaining why he misses mornings after bad nights on the machine.

Is there anything we need to do to stay active on the list? He has grown almost 3
inches this year and his doctor said that might change his dialysis prescription.

Thank you for your help,
Claudette Moreau
""")

M('phi', 'self', 'Novotná',
  'Tereza Novotná <tereza.novotna@postbox.cz>',
  'livingdonor@meridiankidney.org',
  'my blood pressure readings',
  'Mon, 13 Nov 2023 08:02:17 +0100',
  """Dear Ms. Okonjo,

I am Tereza Novotná, I am in the process to be evaluated as a donor for my brother Pavel.
You asked me to measure my blood pressure at home for 2 weeks. Here are the numbers
(morning / evening):

  1 Nov  138/88   142/90
  2 Nov  145/92   139/86
  3 Nov  131/84   144/91
  ...
  12 Nov 140/89   136/85

My GP here in Brno says it is "borderline". Does this mean I cannot donate? I am 52 and
take no medicines. I am flying over on 4 December for the CT and other tests, can we
still keep this appointment?

With best regards,
Tereza
""",
  cte='quoted-printable')

M('phi', 'self', 'Whitlock',
  'Clarence Whitlock <cwhitlock1948@fastpost.com>',
  'Billing Office <billing@meridiankidney.org>',
  'Bill for August dialysis - I have Medicare',
  'Wed, 15 Nov 2023 10:26:03 -0500',
  """Hello,

I received a statement for $2,340.17 for my dialysis treatments in August at the
Lakeview center. My account number on the statement is 40017733. I have Medicare Part B
and Bluestem Health Plan as my secondary, I gave both cards to the front desk in July.

I don't understand why I owe anything. My wife says the Bluestem card number might have
been put in wrong, it is BSM 882 140 556 01.

Please call me at 555-441-2039, I'm home except Tues/Thurs/Sat when I'm at dialysis.

Clarence Whitlock
""")

M('phi', 'self', 'Tanabe',
  'Keiko Tanabe <ktanabe@lakeshore-isp.net>',
  'Lakeview Dialysis <lakeview@meridiankidney.org>',
  'Hiroshi missed Friday',
  'Sat, 18 Nov 2023 09:14:48 -0500',
  """Hello Lakeview nurses,

My husband Hiroshi Tanabe missed his Friday treatment because we were in the Halverson
emergency room Thursday night. He had chest pain and trouble breathing. They said it was
fluid on the lungs, they did an EKG and x-ray and gave him an extra dialysis there and
sent him home Friday afternoon.

They told him to cut back on fluids (he drinks too much tea!) and said you would adjust
his dry weight. He will be there Monday at his normal time.

Thank you for taking such good care of him.
Keiko
""")

M('phi', 'self', 'Langford',
  'Bev Langford <bevlangford@mobile-mail.com>',
  'eastgate.desk@meridiankidney.org',
  'late',
  'Wed, 08 Nov 2023 05:51:30 -0500',
  """running late for my 6am chair, flat tire. can i still get my full 4 hrs or do i lose
time? i'll call when on the way

Bev Langford (MWF)

Sent from my iPhone
""")
# ======================================================================
# PHI: ids
# ======================================================================
M('phi', 'ids', '',
  'Infection Control <ic@meridiankidney.org>',
  'Lakeview Charge RN <lakeview.charge@meridiankidney.org>',
  'hep B titer',
  'Thu, 02 Nov 2023 11:40:12 -0400',
  """Pt DOB 3.4.88, MRN 00482913 - anti-HBs came back <10 mIU/mL on the October draw.
Non-responder after the 4-dose series. Please start the booster series with the
monthly labs and keep him on the monthly HBsAg screen. Not isolation, just the standard
station.

thx - Gloria (IC)
""")

M('phi', 'ids', 'Farah',
  'Interface Alerts <noreply-interface@meridiankidney.org>',
  'Lab Interface Support <labinterface@meridiankidney.org>',
  'ORDER REJECTED acc KRL-23-0915573 DOB 19790612',
  'Fri, 10 Nov 2023 03:15:00 -0500',
  """*** AUTOMATED MESSAGE - interface engine ***

Result message rejected by inbound lab filter.

  Accession:      KRL-23-0915573
  Patient (lab):  FARAH, AMINA
  Patient (EHR):  FARAH, AMEENA
  DOB:            19790612
  MRN:            00517260
  Test:           Renal function panel; CBC; PTH intact
  Reason:         Name mismatch on demographic match (score 0.81 < 0.90)

Action: review and release manually from the error queue or correct demographics.

--
Hi Lab team, this one's legit, same patient, lab misspelled the first name on the req.
Releasing now. Can you ask Keystone to fix their record so the monthly draws stop
bouncing? Her PTH is 1120 and Dr. Yilmaz is waiting on it.
- Raj
""")

M('phi', 'ids', 'Thorne',
  'Simone Larkspur LCSW <slarkspur@meridiankidney.org>',
  'Ride Coordination <rides@countylinktransit.org>',
  'new standing ride request',
  'Mon, 06 Nov 2023 13:22:41 -0500',
  """Hello,

Please set up standing paratransit rides for:

Reginald Thorne
DOB 4 Mar 1951
1147 Quarry Hill Rd, Apt 3B, Millbrook 44872
(555) 214-8890 (home), daughter Tonya (555) 214-7312

Dialysis at Portside Dialysis, 220 Harbor Blvd, Mon/Wed/Fri, chair time 11:30, treatment
ends about 3:45, needs pickup by 4:15 because he gets dizzy after. Uses a wheelchair,
can transfer with standby assist. Medicaid ID on file with your office.

Thanks,
Simone Larkspur, LCSW
Renal Social Worker, Meridian Kidney & Transplant
555-310-4430
""")

M('phi', 'ids', 'Ortega',
  'Darnell Fitzhugh <dfitzhugh@meridiankidney.org>',
  'Billing Office <billing@meridiankidney.org>',
  'Acct 7781-4402 denial',
  'Tue, 14 Nov 2023 15:50:18 -0500',
  """Acct# 7781-4402 / Ortega, Luz -- Sept claim for 13 HD treatments (rev 0821) denied
CO-16, missing info. Looks like the 2728 date didn't carry over when she transferred
from Lakeview. Her first dialysis date is 05/02/2022, I'll add it and rebill.

Also her ESA (epoetin) units for 9/12 and 9/26 are on there twice. Fixing.

DF
Darnell Fitzhugh, CPC | Billing Specialist
""")

M('phi', 'ids', '',
  'Priscilla Yuen <pyuen@meridiankidney.org>',
  'Bluestem Provider Services <providers@bluestemhp.com>',
  'elig check',
  'Thu, 16 Nov 2023 09:33:27 -0500',
  """hi, can you verify elig + home dialysis benefit for W884213507, dob 11/30/1963. he's
starting home hemo training on 12/4 (2 wks in center, then home) and we need to know if
the machine rental is covered under DME or the dialysis benefit.

tax id 84-3316620, NPI 1346802957

thanks
Priscilla Yuen
Insurance Verification, Meridian Kidney & Transplant
555-310-4515
""")

M('phi', 'ids', 'Brandauer',
  'Intake <transplant.intake@meridiankidney.org>',
  'Records Dept <records@stcolumbacommunity.org>',
  'Records request - transplant referral',
  'Wed, 25 Oct 2023 10:10:10 -0400',
  """St. Columba Community Hospital - Medical Records

Re:  Mrs. Ilse Brandauer
     Chart # 5512-B
     SSN (last 4): 6621
     DOB: Oct 3, 1958

We received a transplant referral for the above patient. Please send:
  - last 2 years of nephrology notes
  - any cardiac cath / echo reports
  - pathology from her 2019 colonoscopy polypectomy
  - mammogram report

Signed release (HIPAA authorization) attached to the fax we sent this morning.

Transplant Intake Office
fax 555-310-4590
""")

M('phi', 'ids', 'Asante-Boateng',
  'Home PD Team <homepd@meridiankidney.org>',
  'Orders <orders@clearflowhomesupply.com>',
  'address change - delivery reroute',
  'Fri, 17 Nov 2023 11:45:06 -0500',
  """Clearflow order desk,

Patient Kwame Asante-Boateng has moved. Please update before his 11/24 delivery:

  new address: 88 Ferris Ave, Unit 12, Norwood, OH 45212
  cell: 513-555-0147
  customer #: CF-0093318

Same prescription: 5 x 5L 1.5% and 3 x 5L 2.5% per week, icodextrin 2L x 30, cycler sets
x 30, caps. Leave at the front office, his building has a package room.

thanks,
Ellen Strausbaugh RN
""")

M('phi', 'ids', 'R.K.',
  'Corinne Abernathy <cabernathy@meridiankidney.org>',
  'Kidney Tx Selection <tx-selection@meridiankidney.org>',
  'highly sensitized - WL-00398812',
  'Mon, 20 Nov 2023 16:04:50 -0500',
  """For Weds committee:

R.K., DOB 1962-07-19, waitlist ID WL-00398812, cPRA now 98% after the last screen (was
86%). Blood type B. Waiting time credit back to 2017 dialysis start. Has had 3 prior
transfusions and one failed graft (2009).

Proposing we enroll in the desensitization protocol and list unacceptable antigens per
Keystone's report. Also needs updated dental clearance, his expired in Sept.

Corinne
""")
# ======================================================================
# PHI: lists
# ======================================================================
M('phi', 'lists', 'Pruitt;Delgado-Ruiz;Chukwuemeka;Haverford;Lindgren',
  'Dana Kowalczyk RN <dkowalczyk@meridiankidney.org>',
  'Eastgate Dialysis Team <eastgate@meridiankidney.org>',
  'huddle 11/9 1st shift',
  'Thu, 09 Nov 2023 05:45:22 -0500',
  "morning huddle list, pls read before you start.\n\n"
  "Chair\tPatient\t\tIssue\n"
  "3\tDelgado-Ruiz, Fernando\tK 6.4 Tues - use 1K bath, recheck mid-tx\n"
  "7\tChukwuemeka, Ngozi\tnew R arm graft, 1st cannulation today, 17g, charge RN to stick\n"
  "11\tHaverford, Lois\tfell at home Sun, bruised hip, use lift, no standing wt\n"
  "14\tPruitt, Gerald\tclotting x2 Tues, fistulogram Fri 10am access clinic\n"
  "18\tLindgren, Arne\tHgb 8.1, Dr S increased epo to 8000u, hold iron\n\n"
  "isolation station: none this week.\nRO alarm fixed per Biomed.\n\n-D\n")

M('phi', 'lists', 'Mbeki;Ferraro;Sato;de la Cruz;Hollingsworth',
  'Corinne Abernathy <cabernathy@meridiankidney.org>',
  'Kidney Tx Clinical Team <kidneytx-team@meridiankidney.org>',
  'waitlist status changes - Nov',
  'Fri, 17 Nov 2023 12:30:55 -0500',
  """Status changes this month (pls update your cheat sheets):

| Name                    | MRN      | Old       | New        | Reason                           |
|-------------------------|----------|-----------|------------|----------------------------------|
| Mbeki, Thandiwe         | 00391144 | Active    | Inactive 7 | surgery for hip fx 11/2          |
| Ferraro, Dominic        | 00402981 | Inactive  | Active     | cardiac clearance done           |
| Sato, Kenji             | 00377820 | Active    | Removed    | transplanted at outside ctr 10/30|
| de la Cruz, Maria Elena | 00455019 | Eval      | Active     | committee approved 11/8          |
| Hollingsworth, Wade     | 00418377 | Active    | Inactive 1 | BMI 41, wt loss plan             |

Corinne
""")

fixed = (
"MERIDIAN KIDNEY & TRANSPLANT - VASCULAR ACCESS CLINIC          PRINTED 11/20/2023 16:02\n"
"SCHEDULE FOR: TUE 11/21/2023      ROOM: IR-2 / CLINIC B\n"
"----------------------------------------------------------------------------------------\n"
"TIME   PATIENT NAME              MRN       DOB         UNIT       PROCEDURE\n"
"----------------------------------------------------------------------------------------\n"
"07:30  ABERNATHY-OKON, DELLA     00466102  02/14/1957  EASTGATE   FISTULOGRAM +/- PTA LUE\n"
"08:30  PRUITT, GERALD            00298814  09/30/1949  EASTGATE   FISTULOGRAM LUE (CLOTTING)\n"
"09:30  TRAN, MINH QUANG          00501377  12/01/1966  LAKEVIEW   TUNNELED CATH EXCHANGE\n"
"10:30  SZABO, ILONA              00387265  07/07/1972  PORTSIDE   DUPLEX US - AVF MATURATION\n"
"11:00  HOLLOWAY, TAMSIN          00488590  03/25/1980  LAKEVIEW   DUPLEX US - F/U PRE-OP\n"
"13:00  OYELARAN, FUNMILAYO       00392208  11/11/1961  PORTSIDE   THROMBECTOMY AVG RUE\n"
"14:00  MACINTYRE, DOUGLAS        00510049  05/19/1945  HOME HD    CATH REMOVAL\n"
"----------------------------------------------------------------------------------------\n"
"TOTAL: 7                                                      PAGE 1 OF 1\n")
M('phi', 'lists', 'Abernathy-Okon;Pruitt;Tran;Szabo;Holloway;Oyelaran;MacIntyre',
  'Monique Treadwell <mtreadwell@meridiankidney.org>',
  'IR Nursing <irnursing@hvumc.edu>',
  'tomorrow access schedule',
  'Mon, 20 Nov 2023 16:10:03 -0500',
  """Hi IR team - tomorrow's list attached. Oyelaran is on apixaban, last dose Sunday per
her. MacIntyre needs a translator? no - scratch that, that's next week's. See you at 7.

Monique
""",
  atts=[('access_sched_1121.txt', fixed, 'text', 'plain')])

pd_rows = [
 ['MRN', 'Last', 'First', 'DOB', 'Modality', 'wkly Kt/V', 'CrCl L/wk', 'Albumin', 'Phos', 'Hgb', 'PET', 'Comment'],
 ['00433109', 'Beckwith', 'Harold', '1952-04-18', 'CCPD', '1.62', '48', '3.4', '5.9', '10.8', 'HA', 'exit site infection Oct'],
 ['00470211', 'Quintero', 'Marisol', '1971-02-11', 'CCPD', '1.91', '61', '3.7', '4.8', '11.2', 'LA', 'r/o peritonitis 11/4'],
 ['00502288', 'Asante-Boateng', 'Kwame', '1984-08-02', 'CCPD+day dwell', '2.10', '70', '3.9', '6.6', '10.1', 'HA', 'moved - new address'],
 ['00355671', 'Ivanova', 'Svetlana', '1967-12-29', 'CAPD', '1.55', '44', '3.1', '5.2', '9.6', 'LA', 'low albumin - RD referral'],
 ['00488931', 'Moreau', 'Elijah', '2007-06-22', 'CCPD', '1.88', '66', '4.0', '5.5', '12.0', 'HA', 'peds f/u - growth'],
 ['00419920', "N'Diaye", 'Aminata', '1975-03-09', 'CCPD', '1.71', '52', '3.6', '4.4', '11.5', 'LA', ''],
]
M('phi', 'lists', "Beckwith;Quintero;Asante-Boateng;Ivanova;Moreau;N'Diaye",
  'Priyanka Dasgupta MD <pdasgupta@meridiankidney.org>',
  'Home PD Team <homepd@meridiankidney.org>',
  'PD monthly adequacy - Oct',
  'Tue, 07 Nov 2023 07:30:40 -0500',
  """Team, attached is the October adequacy pull for QAPI. Svetlana and Harold are under
1.7, let's talk about adding an exchange for both on Thursday. Hadley is seeing Svetlana.

P.
""",
  atts=[('PD_adequacy_Oct2023.csv', csv_text(pd_rows), 'text', 'csv')])

xl_rows = [
 ['Account', 'Patient', 'DOB', 'Payer', 'Member ID', 'DOS', 'Rev', 'Denial', 'Amount', 'Owner'],
 ['7781-4402', 'ORTEGA, LUZ', '1960-10-14', 'MEDICARE', '5RT8-QK2-MX71', '09/01-09/30/2023', '0821', 'CO-16', 3211.50, 'DF'],
 ['7790-1138', 'WHITLOCK, CLARENCE', '1948-05-27', 'BLUESTEM', 'BSM88214055601', '08/01-08/31/2023', '0821', 'CO-31', 2340.17, 'PY'],
 ['7802-5519', 'HUANG, MEI-LING', '1955-01-30', 'MEDICAID', '1188402377', '10/01-10/31/2023', '0841', 'CO-197', 4120.00, 'DF'],
 ['7764-0021', 'BOUCHARD, LUC', '1970-09-05', 'SUMMIT CARE HMO', 'SCH-44719902', '10/01-10/31/2023', '0821', 'PR-204', 512.80, 'DF'],
 ['7815-3307', 'OKAFOR, CHINEDU', '1963-11-30', 'BLUESTEM', 'W884213507', '11/01-11/15/2023', '0851', 'CO-50', 1875.25, 'PY'],
]
M('phi', 'lists', 'Ortega;Whitlock;Huang;Bouchard;Okafor',
  'Darnell Fitzhugh <dfitzhugh@meridiankidney.org>',
  'Revenue Cycle <revcycle@meridiankidney.org>',
  'denials worklist wk 46',
  'Fri, 17 Nov 2023 17:05:12 -0500',
  """All,

Denials worklist for this week attached. Okafor is the home hemo one - Bluestem says the
training treatments need their own auth. Huang's is the PD cycler month.

Darnell
""",
  atts=[('Denials_wk46.xlsx', xlsx_bytes(xl_rows, 'Denials'), 'application',
         'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

ride_rows = [
 ['last_name', 'first_name', 'dob', 'phone', 'pickup_address', 'unit', 'days', 'chair_time', 'mobility', 'notes'],
 ['Thorne', 'Reginald', '03/04/1951', '555-214-8890', '1147 Quarry Hill Rd Apt 3B Millbrook', 'Portside', 'MWF', '11:30', 'wheelchair', 'dizzy post tx'],
 ['Sims', 'Yolanda', '08/17/1958', '555-209-3316', '40 Pell St Millbrook', 'Eastgate', 'TTS', '06:00', 'walker', 'missed 11/4 - no show driver'],
 ['Haverford', 'Lois', '01/22/1940', '555-273-0045', '7 Birchwood Ct Eastgate', 'Eastgate', 'TTS', '06:00', 'wheelchair', 'recent fall'],
 ['Sundaram-Iyer', 'Meenakshi', '04/09/1949', '555-288-1904', '1530 Lantern Way Lakeview', 'Eastgate', 'MWF', '10:45', 'walker', 'family mtg 11/2'],
 ['Dubois', 'Jean-Pierre', '12/12/1966', '555-240-7788', '312 Front St #4 Portside', 'Portside', 'TTS', '15:00', 'ambulatory', 'blind - needs escort to door'],
]
M('phi', 'lists', 'Thorne;Sims;Haverford;Sundaram-Iyer;Dubois',
  'Simone Larkspur LCSW <slarkspur@meridiankidney.org>',
  'Social Work <socialwork@meridiankidney.org>',
  'transport roster (zipped)',
  'Wed, 15 Nov 2023 12:00:45 -0500',
  """Attached zipped because the mail gateway kept stripping csv files. Same roster as
before plus Jean-Pierre. Password not needed, it's internal only.

Simone
""",
  atts=[('transport_roster_nov.zip',
         zip_bytes([('transport_roster_nov.csv', csv_text(ride_rows))]),
         'application', 'zip')])

M('phi', 'lists', 'Brennan;Okoro;Villanueva;Petrosyan;Tanabe',
  'Karsten Lindqvist MD <klindqvist@meridiankidney.org>',
  'Nephrology Attendings <neph-attendings@meridiankidney.org>',
  'weekend signout',
  'Sun, 19 Nov 2023 20:48:33 -0500',
  """Weekend signout for Monday:

* Ignatius Brennan - back at Portside Tues on cefazolin w/ HD thru 12/18. f/u BCx from
  Sat neg so far.
* Mrs. Okoro (Lakeview TTS) - called Sat w/ K 6.7 on outside lab, sent to HVUMC ED, got
  extra HD, home. check her Tues K.
* Ramon Villanueva, tx 10/2 - creat 1.9 -> 2.4, came in Sat for labs, tac 11. Recheck
  Mon, may need US.
* Petrosyan (PD) - cloudy effluent Sun AM, cell count 820 / 90% PMN, gave IP vanc +
  ceftaz loading dose, home on IP. Cultures pending. PD nurse call Mon.
* Hiroshi Tanabe - ED visit Thurs for volume overload. Lower EDW by 1 kg please.

KL
""")
# ======================================================================
# PHI: struct
# ======================================================================
M('phi', 'struct', 'Lindgren',
  'Raj Menon <rmenon@meridiankidney.org>',
  'Keystone Interface Team <interfaces@keystonelabs.com>',
  'ORU failing on OBX-5 - example below',
  'Wed, 08 Nov 2023 14:18:27 -0500',
  r"""Hi Keystone team,

Since your upgrade Monday our engine is rejecting about 1 in 20 result messages. Looks
like the hemoglobin OBX sometimes comes with a comma decimal. Raw message from this
morning pasted below (copied out of the error queue):

MSH|^~\&|KRLLIS|KEYSTONE|MKTEHR|MERIDIAN|20231108061544||ORU^R01^ORU_R01|KRL88120431|P|2.5.1
PID|1||00420677^^^MKT^MR||LINDGREN^ARNE^J||19440215|M|||55 Tamarack Ln^^Eastgate^OH^44811||(555)287-6604
PV1|1|O|EASTGATE^CH18||||1962055401^SAHNI^ARJUN
ORC|RE|MKT5531902|KRL-23-0911847
OBR|1|MKT5531902|KRL-23-0911847|CBC^COMPLETE BLOOD COUNT|||20231107063000
OBX|1|NM|718-7^Hemoglobin^LN||8,1|g/dL|13.0-17.0|L|||F
OBX|2|NM|4544-3^Hematocrit^LN||24.6|%|40-52|L|||F
OBX|3|NM|777-3^Platelets^LN||162|10*3/uL|150-400||||F

Note OBX-5 "8,1". Can you check your locale settings on the new server?

Thanks,
Raj Menon
Integration Analyst, IS Dept
Meridian Kidney & Transplant
""")

adt = "\r\n".join([
 r"MSH|^~\&|HVUMC_ADT|HVUMC|MKTEHR|MERIDIAN|20231111192210||ADT^A04^ADT_A01|HV40029311|P|2.3",
 r"EVN|A04|20231111192200",
 r"PID|1||00501377^^^MKT^MR~H2289104^^^HVUMC^MR||TRAN^MINH QUANG||19661201|M||2028-9|902 Sycamore St^^Lakeview^OH^44890||(555)260-3148|||M||88120443",
 r"NK1|1|TRAN^THI MAI|SPO|902 Sycamore St^^Lakeview^OH^44890|(555)260-3149",
 r"PV1|1|E|ED^^^HVUMC||||1719928304^HALLSTROM^ERIK|||NEP||||7|||||V3302881|||||||||||||||||||||||||20231111191500",
 r"DG1|1||T82.858A^Stenosis of vascular prosthetic devices^I10",
 r"IN1|1|MCR|MEDICARE|||||||||||||TRAN^MINH QUANG|01|19661201|||||||||||||||||||3JK7-WE4-PL22",
]) + "\r\n"
M('phi', 'struct', 'Tran',
  'HL7 Support <hl7support@hvumc.edu>',
  'Raj Menon <rmenon@meridiankidney.org>',
  'RE: duplicate MRN on ADT feed',
  'Mon, 13 Nov 2023 10:02:55 -0500',
  """Raj,

Here is the A04 from Saturday night that created the duplicate on your side. The PID-3
has both MRNs repeating; your engine seems to be taking the second one. File attached
as-is from our archive.

Jolene Pascoe
Interface Engineer, HVUMC Information Services

> -----Original Message-----
> From: Raj Menon
> Sent: Monday, November 13, 2023 8:41 AM
> Subject: duplicate MRN on ADT feed
>
> We got a new patient record created Saturday for someone we already have (our
> access clinic patient). Can you send me the raw message?
""",
  atts=[('HV40029311.hl7', adt, 'text', 'plain')])

x837 = (
"ISA*00*          *00*          *ZZ*MERIDKTX       *ZZ*CLAIMBRIDGE    *231114*1522*^*00501*000004412*0*P*:~\n"
"GS*HC*MERIDKTX*CLAIMBRIDGE*20231114*1522*4412*X*005010X223A2~\n"
"ST*837*0001*005010X223A2~\n"
"BHT*0019*00*MKT231114A*20231114*1522*CH~\n"
"NM1*85*2*MERIDIAN KIDNEY AND TRANSPLANT*****XX*1346802957~\n"
"N3*220 HARBOR BLVD~\n"
"N4*PORTSIDE*OH*44901~\n"
"REF*EI*843316620~\n"
"HL*2*1*22*0~\n"
"SBR*P*18*******MB~\n"
"NM1*IL*1*ORTEGA*LUZ****MI*5RT8QK2MX71~\n"
"N3*4410 CALLOWAY AVE APT 2~\n"
"N4*PORTSIDE*OH*44902~\n"
"DMG*D8*19601014*F~\n"
"CLM*7781-4402-0923*3211.5***72:A:1**A*Y*Y~\n"
"DTP*434*RD8*20230901-20230930~\n"
"HI*ABK:N186*ABF:E1122*ABF:I120~\n"
"LX*1~\n"
"SV2*0821*HC:90999*2678.5*UN*13~\n"
"DTP*472*RD8*20230901-20230930~\n"
"LX*2~\n"
"SV2*0636*HC:Q5106:JB*533*UN*16~\n"
"SE*22*0001~\n")
M('phi', 'struct', 'Ortega',
  'Darnell Fitzhugh <dfitzhugh@meridiankidney.org>',
  'ClaimBridge Support <support@claimbridge-edi.com>',
  'Ticket 551902 - 837I rejected at front end',
  'Tue, 14 Nov 2023 15:40:01 -0500',
  "Hi,\n\nClaim below keeps rejecting with 'invalid DTP*434' at your front end. Pasted from our\n"
  "outbound file (the one claim only). Please advise what segment is wrong, it went\n"
  "through fine last month.\n\n" + x837 +
  "\nThanks,\nDarnell Fitzhugh, CPC\nBilling Specialist, Meridian Kidney & Transplant\n555-310-4520\n")

x835 = (
"ST*835*1001~BPR*I*0*C*NON************20231110~TRN*1*0083412290*1512345678~\n"
"N1*PR*BLUESTEM HEALTH PLAN~N1*PE*MERIDIAN KIDNEY AND TRANSPLANT*XX*1346802957~\n"
"LX*1~\n"
"CLP*7790-1138-0823*4*2340.17*0*2340.17*MC*3023318840021*72*1~\n"
"NM1*QC*1*WHITLOCK*CLARENCE*R***MI*BSM88214055601~\n"
"NM1*IL*1*WHITLOCK*CLARENCE~\n"
"DTM*232*20230801~DTM*233*20230831~\n"
"SVC*NU:0821*2340.17*0**13~\n"
"CAS*CO*31*2340.17~\n"
"AMT*B6*0~\n"
"SE*14*1001~\n")
M('phi', 'struct', 'Whitlock',
  'Priscilla Yuen <pyuen@meridiankidney.org>',
  'Darnell Fitzhugh <dfitzhugh@meridiankidney.org>',
  'whitlock 835 - CO-31',
  'Wed, 15 Nov 2023 14:12:36 -0500',
  "Darnell - this is why Mr Whitlock got the statement. Bluestem denied as CO-31 (not\n"
  "identified as our insured) so it dropped to patient resp. The member ID we sent has\n"
  "the 01 suffix, he says card shows it. I'm calling Bluestem. Can you hold the statement\n"
  "cycle on his account?\n\n" + x835 + "\n-P\n")

x271 = (
"ISA*00*          *00*          *ZZ*BLUESTEMHP     *ZZ*MERIDKTX       *231116*0940*^*00501*000081123*0*P*:~\n"
"GS*HB*BLUESTEMHP*MERIDKTX*20231116*0940*81123*X*005010X279A1~\n"
"ST*271*0001*005010X279A1~\n"
"BHT*0022*11*EL231116093327*20231116*0940~\n"
"HL*1**20*1~NM1*PR*2*BLUESTEM HEALTH PLAN*****PI*BSHP01~\n"
"HL*2*1*21*1~NM1*1P*2*MERIDIAN KIDNEY AND TRANSPLANT*****XX*1346802957~\n"
"HL*3*2*22*0~\n"
"NM1*IL*1*OKAFOR*CHINEDU*E***MI*W884213507~\n"
"N3*19 LINDEN TER~N4*LAKEVIEW*OH*44890~\n"
"DMG*D8*19631130*M~\n"
"EB*1*IND*30**GOLD PPO 1500~\n"
"EB*C*IND*30***23*1500*****Y~\n"
"EB*B*IND*12***27*0*****Y~MSG*HOME DIALYSIS EQUIPMENT COVERED UNDER DME - PRIOR AUTH REQ~\n"
"SE*15*0001~\n")
M('phi', 'struct', 'Okafor',
  'Priscilla Yuen <pyuen@meridiankidney.org>',
  'Home HD Program <homehd@meridiankidney.org>',
  'FW: 271 for home hemo start 12/4',
  'Thu, 16 Nov 2023 10:15:09 -0500',
  "FYI the eligibility came back on Mr. Okafor. Machine is DME with prior auth, training\n"
  "treatments are under the dialysis benefit. I'll start the auth today. Raw 271 below\n"
  "for the record.\n\n" + x271 +
  "\nPriscilla Yuen\nInsurance Verification\n",
  cte='quoted-printable')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "mkt-00455019",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00455019"}],
        "name": [{"family": "de la Cruz", "given": ["Maria", "Elena"]}],
        "gender": "female",
        "birthDate": "1969-08-21",
        "telecom": [{"system": "phone", "value": "555-266-0419", "use": "mobile"}],
        "address": [{"line": ["77 Orchard Row"], "city": "Millbrook", "state": "OH", "postalCode": "44872"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "48643-1", "display": "cPRA"}]},
        "subject": {"reference": "Patient/mkt-00455019"},
        "effectiveDateTime": "2023-11-03",
        "valueQuantity": {"value": 34, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "883-9", "display": "ABO group"}]},
        "subject": {"reference": "Patient/mkt-00455019"},
        "valueCodeableConcept": {"text": "O"}
      }
    }
  ]
}
"""
M('phi', 'struct', 'de la Cruz',
  'Raj Menon <rmenon@meridiankidney.org>',
  'Trevor Blankenship <tblankenship@organmatchsoft.io>',
  'FHIR bundle failing validation',
  'Fri, 17 Nov 2023 11:11:11 -0500',
  """Trevor,

Your listing API rejects this bundle with "name.family: invalid characters". It's the
space in the surname. Real patient, newly active on our list, so we need this fixed
soon - attached the exact payload we posted. Please delete after troubleshooting.

Raj
""",
  atts=[('bundle_00455019.json', fhir, 'application', 'json')])

ccd = """<patientRole>
  <id extension="00488590" root="2.16.840.1.113883.3.9921.1"/>
  <addr use="HP">
    <streetAddressLine>2217 Wexford Dr</streetAddressLine>
    <city>Lakeview</city><state>OH</state><postalCode>44890</postalCode>
  </addr>
  <telecom value="tel:+1-555-262-8830" use="MC"/>
  <patient>
    <name use="L"><given>Tamsin</given><given>R</given><family>Holloway</family></name>
    <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
    <birthTime value="19800325"/>
  </patient>
</patientRole>
...
<section>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <entry><observation classCode="OBS" moodCode="EVN">
    <value xsi:type="CD" code="N18.6" codeSystem="2.16.840.1.113883.6.90"
           displayName="End stage renal disease"/></observation></entry>
  <entry><observation classCode="OBS" moodCode="EVN">
    <value xsi:type="CD" code="T82.7XXA" codeSystem="2.16.840.1.113883.6.90"
           displayName="Infection due to other cardiac and vascular devices"/></observation></entry>
</section>"""
M('phi', 'struct', 'Holloway',
  'Monique Treadwell <mtreadwell@meridiankidney.org>',
  'Raj Menon <rmenon@meridiankidney.org>',
  'CCD from Tricounty not importing',
  'Thu, 16 Nov 2023 15:33:48 -0500',
  "Raj, the CCD Tricounty Vascular sent for my patient won't reconcile into the chart, it\n"
  "just sits in the inbox. I copied the top part out of the viewer. Is it the missing\n"
  "xmlns on the section?\n\n" + ccd + "\n\nMonique\n",
  html="<html><body><p>Raj, the CCD Tricounty Vascular sent for my patient won't reconcile "
       "into the chart, it just sits in the inbox. I copied the top part out of the viewer. "
       "Is it the missing xmlns on the section?</p><pre>" + _x(ccd) + "</pre><p>Monique</p></body></html>")
# ======================================================================
# PHI: lang
# ======================================================================
M('phi', 'lang', 'Rendón',
  'Guadalupe Rendón <lupita.rendon@correo-mx.net>',
  'Portside Dialysis <portside.charge@meridiankidney.org>',
  'Ernesto Rendón - fiebre después de la diálisis',
  'Wed, 22 Nov 2023 07:12:40 -0500',
  """Buenos días,

Soy Guadalupe, la esposa de Ernesto Rendón (martes, jueves y sábado en la tarde).
Anoche después de la diálisis le dio fiebre de 38.6 y escalofríos, y dice que le duele
donde tiene el catéter del cuello. Le di Tylenol y bajó un poco pero sigue sintiéndose mal.

¿Lo llevo a emergencias o pueden verlo ustedes hoy? La última vez que le pasó esto fue
una infección del catéter y lo internaron 5 días.

Mi teléfono es 555-249-6621. Gracias.

Lupita
""")

M('phi', 'lang', 'Figueiredo',
  'Ana Paula Figueiredo <anapaula.fig@provedor.com.br>',
  'Lakeview Dialysis <lakeview@meridiankidney.org>',
  'Meu pai - João Batista Figueiredo',
  'Mon, 20 Nov 2023 13:05:19 -0300',
  """Bom dia,

Sou filha do Sr. João Batista Figueiredo, que faz hemodiálise com vocês às segundas,
quartas e sextas. Ele faltou à sessão de sexta porque estava com muita falta de ar e as
pernas muito inchadas. Hoje ele vai, mas queria saber se dá para fazer uma sessão extra
esta semana.

O médico do posto aqui trocou o remédio de pressão dele para anlodipino 10 mg, não sei se
vocês já sabem. Ele também está tomando furosemida de novo.

Obrigada,
Ana Paula
""",
  cte='quoted-printable')

M('phi', 'lang', 'Trần',
  'Lan Pham <lanpham.family@mailbox.net>',
  'Kidney Transplant Clinic <kidneytx@meridiankidney.org>',
  'Mẹ tôi Trần Thị Lan – hỏi về thuốc',
  'Thu, 09 Nov 2023 19:40:02 -0500',
  """Kính gửi phòng khám ghép thận,

Mẹ tôi là Trần Thị Lan, sinh ngày 15/08/1958, được ghép thận tại Halverson vào tháng 9.
Tuần trước bác sĩ Ghorbani đã tăng liều tacrolimus lên 5 mg sáng và 5 mg tối, và cho mẹ
tôi truyền thuốc steroid 3 ngày.

Từ hôm đó mẹ tôi bị mất ngủ, đường huyết buổi sáng lên 210. Mẹ có cần dùng insulin không?
Lịch thử máu tiếp theo là thứ Hai, xin cho biết có cần nhịn ăn không.

Cảm ơn,
Lan (con gái)
""")

M('phi', 'lang', 'Jean-Baptiste',
  'Wilner Jean-Baptiste <wjeanbaptiste@mobile-mail.com>',
  'Vascular Access Clinic <vac@meridiankidney.org>',
  'randevou fistil',
  'Tue, 21 Nov 2023 08:30:51 -0500',
  """Bonjou,

Mwen se Wilner Jean-Baptiste. Mwen fè dyaliz Eastgate lendi, mèkredi ak vandredi maten.
Vandredi enfimyè a te di m fistil bra goch mwen an pa gen bon son ankò e li te gen pwoblèm
pou l pike l. Yo di m fò m vin nan klinik aksè a pou yo fè yon fistulogram.

Mwen pa ka vini madi paske m travay. Èske nou gen yon randevou jedi? Tanpri rele m nan
555-233-4017, oswa pitit fi m Nadège ki pale angle.

Mèsi anpil,
Wilner
""")

M('phi', 'lang', 'Кравченко',
  'Oleg Kravchenko <o.kravchenko@inbox-mail.ru>',
  'Portside Dialysis <portside.charge@meridiankidney.org>',
  'Мама - низкое давление после диализа',
  'Fri, 17 Nov 2023 21:22:09 -0500',
  """Здравствуйте,

Пишу по поводу моей мамы, Кравченко Людмилы Сергеевны, 12.03.1950 г.р. Она ходит к вам на
гемодиализ по вторникам, четвергам и субботам. В четверг после процедуры давление упало до
80/50, у неё сильно кружилась голова и её тошнило в машине.

Врач в прошлом месяце снизил ей «сухой вес» на 1 кг. Может быть, это слишком много?
Она также принимает мидодрин перед диализом, но в четверг забыла.

Она плохо говорит по-английски, пожалуйста, звоните мне: 555-291-7740.

С уважением,
Олег (сын)
""",
  cte='base64')

M('phi', 'lang', 'Dimaculangan',
  'Jasmine Dimaculangan <jas.dimaculangan@fastpost.com>',
  'Home PD Team <homepd@meridiankidney.org>',
  'Lola Corazon - PD supplies and BP',
  'Sat, 25 Nov 2023 10:48:26 -0500',
  """Hello po,

Ako po si Jasmine, apo ni Corazon Dimaculangan (yung naka-PD sa bahay, yung cycler po).
Si Lola po medyo namamaga yung paa niya since Thursday at mataas BP niya kanina, 172/96.
Ginamit na po namin yung green bag (2.5%) kagabi gaya ng sabi ni Nurse Ellen pero
konti lang ang lumabas na fluid, 300 ml lang ang UF.

Tsaka po, kulang na kami ng supplies - 4 boxes na lang ng 1.5% ang natira. Hindi pa
dumating yung delivery.

Pwede po ba kami tawagan? 555-238-9014.

Salamat po!
Jasmine
""")

M('phi', 'lang', 'الحداد',
  'Omar Haddad <omar.haddad@fastpost.com>',
  'Eastgate Front Desk <eastgate.desk@meridiankidney.org>',
  'طلب تغيير موعد الغسيل - يوسف الحداد',
  'Mon, 27 Nov 2023 16:05:33 -0500',
  """السلام عليكم،

أنا عمر، ابن المريض يوسف الحداد (تاريخ الميلاد 1954/05/02). والدي يغسل الكلى عندكم
أيام الاثنين والأربعاء والجمعة الساعة السادسة صباحاً.

بعد العملية في ذراعه الأسبوع الماضي (توسيع الفستولا) أصبح متعباً جداً في الصباح الباكر،
والطبيب في المستشفى قال إن ضغط الدم عنده منخفض بعد الغسيل. هل يمكن نقله إلى الوردية الثانية؟

شكراً لكم،
عمر الحداد
555-276-3380
""",
  html="""<html><body dir="rtl"><p>السلام عليكم،</p>
<p>أنا عمر، ابن المريض <b>يوسف الحداد</b> (تاريخ الميلاد 1954/05/02). والدي يغسل الكلى عندكم
أيام الاثنين والأربعاء والجمعة الساعة السادسة صباحاً.</p>
<p>بعد العملية في ذراعه الأسبوع الماضي (توسيع الفستولا) أصبح متعباً جداً في الصباح الباكر،
والطبيب في المستشفى قال إن ضغط الدم عنده منخفض بعد الغسيل. هل يمكن نقله إلى الوردية الثانية؟</p>
<p>شكراً لكم،<br>عمر الحداد<br>555-276-3380</p></body></html>""")

M('phi', 'lang', '黄美玲',
  'Jenny Huang <jennyhuang88@mailbox.net>',
  'Home PD Team <homepd@meridiankidney.org>',
  '关于我妈妈黄美玲的腹透问题',
  'Tue, 28 Nov 2023 22:14:07 -0500',
  """您好，

我是黄美玲的女儿。我妈妈在家做腹膜透析（夜间机器透析），出生日期1955年1月30日。
这两天引流出来的液体有点浑浊，她说肚子有点痛，体温37.8度。

上次护士说如果液体浑浊要马上联系你们，并把袋子带过去。明天早上可以带她去诊所吗？
另外保险公司说十月份的机器费用被拒付了，请问需要我们做什么？

谢谢！
Jenny 黄
电话：555-247-1188
""",
  cte='base64')
# ======================================================================
# CLEAN: admin
# ======================================================================
M('clean', 'admin', '',
  'Sunita Rao <srao@meridiankidney.org>',
  'Portside Dialysis Staff <portside-staff@meridiankidney.org>',
  'Thanksgiving week coverage - FINAL',
  'Thu, 16 Nov 2023 17:20:00 -0500',
  """Hi everyone,

Final Thanksgiving week schedule. Unit is CLOSED Thursday 11/23; Thursday patients shift
to Wednesday 11/22 (TTS moves to W/F/Sat that week only). Front desk is calling everyone.

Wed 11/22  open 04:30   Charge: Marcus D. (cell 555-318-2207)
           RNs: Tasha Greer, Lionel Bautista, Ewa Sadowska
           PCTs: Kofi, Renee M., Jordan, DeShawn
Fri 11/24  open 05:00   Charge: Ewa Sadowska (cell 555-318-4410)
           RNs: Tasha Greer, Hollis Park
           PCTs: Jordan, Alma, Kofi
Sat 11/25  open 05:00   Charge: Lionel Bautista (cell 555-318-9921)

On-call nephrologist Wed-Sun: Dr. Lindqvist, via answering service 555-310-4000.
Biomed on call: Chet Varga 555-318-0066.

Swaps need to go through me by Monday. Thank you all - potluck in the break room Wed!

Sunita Rao, BSN, RN
Clinical Manager, Portside Dialysis
""")

M('clean', 'admin', '',
  'IT Service Desk <servicedesk@meridiankidney.org>',
  'Raj Menon <rmenon@meridiankidney.org>',
  '[INC0048812] Machine integration down - Lakeview (Priority 2)',
  'Tue, 21 Nov 2023 06:52:18 -0500',
  """Incident INC0048812 has been assigned to your group.

Short description: Dialysis machine data not flowing to EHR flowsheets - Lakeview
Caller:            Hollis Park (ext 4471)
Location:          Lakeview Dialysis, Bay 2 (stations 9-16)
Configuration item: GW-LKV-02 (device integration gateway, 10.40.12.22)
Opened:            2023-11-21 06:41
Priority:          2 - High

Description:
Since ~05:30 the machines on stations 9-16 show "not connected" in the device gateway.
Nurses are charting vitals manually every 30 min. Stations 1-8 ok. Power cycled the
switch in the closet, no change.

Please update the ticket within 30 minutes per the P2 SLA.

-- Meridian IT Service Desk | x4357 | servicedesk@meridiankidney.org
""",
  html="""<html><body style="font-family:Segoe UI,Arial">
<h3>Incident INC0048812 has been assigned to your group</h3>
<table border="0" cellpadding="3">
<tr><td><b>Short description</b></td><td>Dialysis machine data not flowing to EHR flowsheets - Lakeview</td></tr>
<tr><td><b>Caller</b></td><td>Hollis Park (ext 4471)</td></tr>
<tr><td><b>Location</b></td><td>Lakeview Dialysis, Bay 2 (stations 9-16)</td></tr>
<tr><td><b>CI</b></td><td>GW-LKV-02 (10.40.12.22)</td></tr>
<tr><td><b>Priority</b></td><td>2 - High</td></tr></table>
<p>Since ~05:30 the machines on stations 9-16 show "not connected" in the device gateway.
Nurses are charting vitals manually every 30 min. Stations 1-8 ok.</p>
<p style="font-size:8pt">Meridian IT Service Desk | x4357</p></body></html>""")

M('clean', 'admin', '',
  'Accounts Receivable <ar@claimbridge-edi.com>',
  'Accounts Payable <ap@meridiankidney.org>',
  'Invoice INV-2023-11-0912 - Meridian Kidney & Transplant',
  'Wed, 01 Nov 2023 08:00:00 -0500',
  """Dear Customer,

Please find attached invoice INV-2023-11-0912 for October 2023 services.

  Account:           MKT-00418
  Claims submitted:  4,812 @ $0.28          $1,347.36
  Eligibility (270): 1,966 @ $0.15            $294.90
  ERA (835) posting: flat                     $250.00
  Total due:                                $1,892.26
  Due date:          December 1, 2023

Remit to: ClaimBridge EDI Services, PO Box 77120, Columbus OH 43207.
Questions: ar@claimbridge-edi.com or 1-800-555-0142.

Thank you for your business.
""",
  atts=[('INV-2023-11-0912.txt',
         "CLAIMBRIDGE EDI SERVICES\nINVOICE INV-2023-11-0912\nBill to: Meridian Kidney & Transplant, Attn: AP\n"
         "Account MKT-00418    Period 10/01/2023-10/31/2023\n\n"
         "ITEM                        QTY      RATE      AMOUNT\n"
         "837 claim submission       4812     0.28     1347.36\n"
         "270/271 eligibility        1966     0.15      294.90\n"
         "835 ERA posting               1   250.00      250.00\n"
         "                                    TOTAL    1892.26\n", 'text', 'plain')])

M('clean', 'admin', '',
  'Human Resources <hr@meridiankidney.org>',
  'All Staff <allstaff@meridiankidney.org>',
  'Open enrollment closes Nov 30 + CPR renewals',
  'Mon, 06 Nov 2023 09:00:00 -0500',
  """Hello Meridian team,

Two reminders:

1) Benefits open enrollment closes Thursday, November 30 at 11:59 pm. If you do nothing,
   your current medical, dental and vision elections roll over, but your FSA does NOT.
   Log into the benefits portal with your employee ID (the 6 digits on your badge).
   Benefits office hours: Tues 12-2 at Eastgate, Thurs 12-2 at Portside.
   Questions: Naomi Ellery, Benefits Specialist, x4108.

2) BLS/CPR - anyone whose card expires before 1/31 must sign up for a class. Sessions:
   Dec 5 (7:30am, Lakeview), Dec 12 (1pm, Eastgate), Dec 19 (7:30am, Portside).
   Sign up with Ruth Okafor-Bell in Education, x4122.

Thanks,
Human Resources
""")

M('clean', 'admin', '',
  'Chet Varga <cvarga@meridiankidney.org>',
  'Facilities & Biomed <biomed@meridiankidney.org>',
  'Eastgate water room - carbon tank exchange Sat 11/18',
  'Wed, 15 Nov 2023 14:40:11 -0500',
  """Heads up: AquaPure Services will swap the worker and polisher carbon tanks in the
Eastgate water room Saturday 11/18 starting 18:30 after the last shift is off.

- RO will be down ~3 hrs, loop disinfection after, cultures + endotoxin drawn Monday
- total chlorine checks before each shift next week, log on the clipboard as usual
  (<0.1 mg/L), call me if anything is >=0.1 and stop the unit
- PO 55-20931, AquaPure job #AQ-7741, tech is Benny Ruiz 555-401-3390

Chet Varga, CBET
Biomedical Technician Lead
cell 555-318-0066
""")

M('clean', 'admin', '',
  'Medical Staff Office <medstaff@meridiankidney.org>',
  'Credentialing <credentialing@bluestemhp.com>',
  'Provider enrollment - Dr. Folasade Okonkwo',
  'Thu, 09 Nov 2023 11:30:00 -0500',
  """Hello,

Please find the enrollment packet for our new nephrologist, starting December 1:

  Provider:      Folasade A. Okonkwo, MD
  Specialty:     Nephrology (board certified 2019)
  NPI:           1457389021
  CAQH ID:       15882014
  State license: 35.148820
  DEA:           on file (sent separately)
  Locations:     Eastgate Dialysis, Portside Dialysis, Meridian Transplant Clinic
  Group TIN:     84-3316620

Please confirm receipt and estimated effective date. Call me at 555-310-4102.

Theresa Lamb
Credentialing Coordinator, Medical Staff Office
""")

M('clean', 'admin', '',
  'Gloria Estevez <gestevez@meridiankidney.org>',
  'Unit Managers <unit-managers@meridiankidney.org>',
  'QAPI meeting moved to 11/29 + room',
  'Fri, 10 Nov 2023 12:15:42 -0500',
  """Hi all,

The November QAPI meeting is moved to Wednesday 11/29, 1:00-2:30 pm, Transplant Clinic
conference room B (2nd floor). Teams link in the calendar invite.

Please bring your unit dashboards. Agenda:
  1. Bloodstream infection rates Q3 (unit-level, per 100 patient-months)
  2. Catheter >90 days %
  3. Water/dialysate culture results
  4. Missed treatment rate and transport project update
  5. Survey readiness - mock tracer schedule

Lunch provided, let Gloria know dietary needs by 11/27.

Gloria Estevez, RN, CIC
Quality & Infection Prevention Manager
555-310-4160
""")
# ======================================================================
# CLEAN: lookalike
# ======================================================================
M('clean', 'lookalike', '',
  'Cedar Hollow Veterinary Hospital <frontdesk@cedarhollowvet.com>',
  'Dana Kowalczyk <dana.k.home@fastpost.com>',
  "Biscuit's lab results and renal diet",
  'Thu, 09 Nov 2023 16:42:10 -0500',
  """Hi Dana,

Dr. Whitcombe reviewed Biscuit's bloodwork from Monday. His BUN (48) and creatinine (2.6)
are elevated and his urine specific gravity is low, which fits with early chronic kidney
disease (IRIS stage 2) - pretty common in a 13-year-old cat. SDMA was 19.

Plan:
 - switch to a prescription renal diet (we have the k/d style samples at the front)
 - subcutaneous fluids 100 mL every other day - we can show you how, it's easier than
   it sounds!
 - recheck kidney panel and blood pressure in 6 weeks

Patient ID: 20417 | Client #: C-08831
Questions? Call us at 555-372-1100.

Cedar Hollow Veterinary Hospital
"Because they're family."
""")

M('clean', 'lookalike', '',
  'Harborline Credit Union <statements@harborlinecu.org>',
  'Lionel Bautista <lbautista.home@mailbox.net>',
  'Your November eStatement is ready - Member #4471029',
  'Sat, 04 Nov 2023 02:00:00 -0400',
  """Dear Lionel Bautista,

Your eStatement for the period ending 10/31/2023 is now available in online banking.

  Member #:            4471029
  Share Savings (S01): balance $2,418.55
  Checking (S10):      balance $1,107.92
  Auto Loan (L22):     next payment $312.44 due 11/15/2023

Reminder: Harborline will never ask for your PIN or online banking password by email or
phone. If you receive a suspicious call, hang up and dial 555-400-2280.

Harborline Credit Union, 1900 Commerce Pkwy, Portside OH. Federally insured by NCUA.
Equal Housing Opportunity.
""",
  html="""<html><body><table width="600"><tr><td style="background:#003b5c;color:#fff;padding:10px">
<b>Harborline Credit Union</b></td></tr><tr><td style="padding:10px">
<p>Dear Lionel Bautista,</p><p>Your eStatement for the period ending 10/31/2023 is now available.</p>
<p>Member #: 4471029<br>Share Savings (S01): $2,418.55<br>Checking (S10): $1,107.92<br>
Auto Loan (L22): next payment $312.44 due 11/15/2023</p>
<p style="font-size:8pt">Federally insured by NCUA. Equal Housing Opportunity.</p></td></tr></table></body></html>""")

M('clean', 'lookalike', '',
  'SkyMeridian Airlines <itinerary@skymeridian-air.com>',
  'Tereza Lindahl <tlindahl@fastpost.com>',
  'Your trip confirmation: HLQ7ZR - Columbus to Denver',
  'Tue, 14 Nov 2023 12:30:05 -0500',
  """Thanks for flying SkyMeridian!

Confirmation code: HLQ7ZR
Passenger:         LINDAHL/TEREZA MS
SkyPoints member:  SM 7720 4491 08
Ticket number:     017 2398814402

Flight SM 1184   Wed 20 Dec 2023   CMH 07:05 -> DEN 08:31   Seat 14C   Economy
Flight SM 1191   Tue 02 Jan 2024   DEN 13:40 -> CMH 18:55   Seat 22A   Economy

Checked bags: 1 included. Special service request: none.

Travelling with medication or medical devices? Carry-on liquids over 3.4 oz are allowed
for medical needs - just tell the TSA officer at screening.

Manage your booking at skymeridian-air.com/manage
""")

M('clean', 'lookalike', '',
  'Ironclad Fitness <coach@ironcladfit.com>',
  'Marcus Delacroix <mdelacroix.fit@mailbox.net>',
  'Your InBody scan results - week 8 check-in',
  'Mon, 13 Nov 2023 19:10:44 -0500',
  """Hey Marcus!

Great work this block. Here's your week 8 body composition scan vs. baseline:

                 Sept 18    Nov 13
  Weight (lb)    212.4      203.8
  Body fat %     27.1       23.9
  Skeletal muscle 89.2      90.6
  Visceral fat   12         10
  BMI            30.5       29.2
  Resting HR     74         66

Hydration tip: you're still low on total body water for your size - aim for 3 L on
training days. Deadlift PR 365! Let's add a 4th session.

Member ID: ICF-30822 | Next session Thu 6:00 pm with Coach Bri

Ironclad Fitness - Portside
""")

M('clean', 'lookalike', '',
  'Claims - Keystone Mutual Auto <claims@keystonemutualauto.com>',
  'Priscilla Yuen <p.yuen.home@fastpost.com>',
  'Claim CLM-23-0874415 - estimate approved',
  'Fri, 17 Nov 2023 10:20:00 -0500',
  """Dear Priscilla Yuen,

Your collision claim has been reviewed.

  Claim number:   CLM-23-0874415
  Policy number:  KMA-PA-5510282-03
  Date of loss:   11/08/2023
  Vehicle:        2019 Honda CR-V, VIN ending 4471
  Adjuster:       Brent Tolliver, 555-388-0910 ext 22

The repair estimate from Precision Collision ($3,942.18) has been approved, less your
$500 deductible. Rental coverage is authorized for up to 10 days at $40/day with
Speedway Rentals.

The vehicle is classified as "treatable" - no total loss evaluation needed.

Keystone Mutual Auto Insurance
""")

M('clean', 'lookalike', '',
  'Branchwell Tree Care <office@branchwelltree.com>',
  'Chet Varga <chet.varga@mailbox.net>',
  'Estimate #4418 - oak treatment and crown reduction',
  'Wed, 08 Nov 2023 15:05:30 -0500',
  """Hi Chet,

Thanks for having us out Monday. Our arborist's assessment of the red oak in the back:

 - Symptoms: leaf scorch, bleeding cankers on the lower trunk, dieback in the upper crown
 - Diagnosis: likely bacterial leaf scorch with secondary borer activity
 - Prognosis: fair with treatment. Roots look healthy, no girdling.

Treatment plan:
  1. Trunk injection (systemic), fall + spring               $285
  2. Crown reduction ~20%, remove deadwood over the garage  $1,150
  3. Soil care - root zone aeration and mulch               $340
  Total                                                     $1,775

We'd schedule surgery on the crown in early December while it's dormant. Reply to
approve, or call Trish at 555-366-1212.

Branchwell Tree Care - ISA Certified Arborists
""")

M('clean', 'lookalike', '',
  'Jenkins <jenkins@build.orbitalops.io>',
  'platform-team@orbitalops.io',
  '[orbitalops] FAILED: transplant-worker #4418 - patient supervisor timed out',
  'Sat, 18 Nov 2023 03:12:09 +0000',
  """Build #4418 of job transplant-worker FAILED (branch: feature/donor-pool-rebalance)

Stage: integration-tests
  test_patient_supervisor_restarts_child ... FAIL
    AssertionError: patient supervisor did not restart child process 'donor-7'
    within heartbeat window (expected <= 30s, got 47.2s)
  test_transplant_shard_to_new_host ... ok
  test_dialysis_queue_drain ... ok   (backlog drained: 12,881 msgs)
  test_organ_registry_lookup ... SKIPPED (flaky, see OPS-2281)

Last commit: a91f3c2 "bump patient-mode backoff to exponential" by kpetrosyan

Console: https://build.orbitalops.io/job/transplant-worker/4418/console
""")
# ======================================================================
# CLEAN: news
# ======================================================================
M('clean', 'news', '',
  'Meridian Communications <news@meridiankidney.org>',
  'All Staff <allstaff@meridiankidney.org>',
  'The Filter - November staff newsletter',
  'Wed, 01 Nov 2023 07:00:00 -0400',
  """THE FILTER - Meridian Kidney & Transplant staff newsletter - November 2023

TRANSPLANT MILESTONE
Our program, with our surgical partners at Halverson, performed its 1,000th kidney
transplant this fall. 31% of this year's transplants came from living donors, up from
24% last year. Thank you to every coordinator, nurse and social worker who made it happen.

WELCOME
Dr. Folasade Okonkwo joins nephrology on Dec 1. Welcome also to RNs Hollis Park
(Lakeview) and Ewa Sadowska (Portside), and to Jordan Whitfield, PCT.

HOME PROGRAM EXPANSION
The new home training suite at Lakeview opens Jan 8 with 4 training rooms for PD and
home hemodialysis.

DIETITIAN'S CORNER - Low-potassium cranberry relish (serves 8)
1 bag fresh cranberries, 3/4 cup sugar, zest of 1 orange (skip the juice), 1/2 cup water.
About 50 mg potassium per serving. Happy Thanksgiving from Hadley and the RD team!

KUDOS
"Tasha stayed 40 minutes late to make sure a frightened first-time patient felt
settled." - anonymous comment card, Portside.
""",
  html="""<html><body><h2>THE FILTER</h2><p><i>Meridian Kidney &amp; Transplant staff newsletter - November 2023</i></p>
<h3>Transplant milestone</h3><p>Our program, with our surgical partners at Halverson, performed its 1,000th kidney
transplant this fall. 31% of this year's transplants came from living donors, up from 24% last year.</p>
<h3>Welcome</h3><p>Dr. Folasade Okonkwo joins nephrology on Dec 1. Welcome also to RNs Hollis Park (Lakeview)
and Ewa Sadowska (Portside), and to Jordan Whitfield, PCT.</p>
<h3>Home program expansion</h3><p>The new home training suite at Lakeview opens Jan 8.</p>
<h3>Dietitian's corner</h3><p>Low-potassium cranberry relish (serves 8). About 50 mg potassium per serving.</p>
<h3>Kudos</h3><p>"Tasha stayed 40 minutes late to make sure a frightened first-time patient felt settled."</p>
</body></html>""")

M('clean', 'news', '',
  'Safety Alerts - Northfield Pharma <safety@northfieldpharma-alerts.com>',
  'Pharmacy Purchasing <purchasing@meridiankidney.org>',
  'URGENT: Voluntary recall - Heparin Lock Flush 100 USP units/mL, select lots',
  'Tue, 24 Oct 2023 16:00:00 -0400',
  """URGENT DRUG RECALL - HOSPITAL/USER LEVEL

Northfield Pharmaceuticals, Inc. is voluntarily recalling the following lots of Heparin
Lock Flush Solution, USP, 100 USP units/mL, 5 mL fill in 10 mL prefilled syringes:

  NDC 55018-221-05   Lot HF23A118   Exp 03/2025
  NDC 55018-221-05   Lot HF23A131   Exp 04/2025
  NDC 55018-221-05   Lot HF23B007   Exp 05/2025

Reason: visible particulate matter identified in retained samples. Injection of
particulates could cause local irritation, phlebitis or, rarely, embolic events. To
date, Northfield has received no reports of adverse events related to these lots.

Actions: stop use, quarantine inventory, complete the enclosed response form, and call
Stericycle-style returns line 1-888-555-0190 for return kits. Adverse reactions may be
reported to the FDA MedWatch program.
""")

M('clean', 'news', '',
  'State Health Dept - Healthcare-Associated Infections <hai-bulletin@health.state-oh.example.gov>',
  'Dialysis Facility Contacts <dialysis-contacts@lists.health.state-oh.example.gov>',
  'HAI Bulletin: Hepatitis B prevention in outpatient hemodialysis - Q3 data',
  'Thu, 02 Nov 2023 10:00:00 -0400',
  """HEALTHCARE-ASSOCIATED INFECTIONS PROGRAM - DIALYSIS BULLETIN No. 23-07

Summary, Q3 2023 (212 reporting outpatient hemodialysis facilities):
  - Bloodstream infections: 0.41 per 100 patient-months (Q2: 0.46)
  - 71% of BSIs were in patients dialyzing through a central venous catheter
  - Hepatitis B vaccine series completion among susceptible patients: 68%
  - Two facilities reported a new HBsAg seroconversion; both investigations closed, no
    transmission within the facility identified.

Reminders:
  * Test all susceptible patients monthly for HBsAg.
  * Patients who don't respond to a primary series should receive a second series and
    be retested for anti-HBs 1-2 months after.
  * Dedicated machines, supplies and staff for HBsAg-positive patients.

Webinar: "Catheter reduction strategies that work" - Dec 7, 12:00-1:00 ET.
This bulletin contains aggregate data only.
""")

M('clean', 'news', '',
  'Lifeline Donor Network <outreach@lifelinedonornet.org>',
  'Transplant Office <transplant@meridiankidney.org>',
  'Donor Network Monthly: registrations up 12%, Gift of Life Walk recap',
  'Mon, 20 Nov 2023 08:30:00 -0500',
  """LIFELINE DONOR NETWORK - Monthly Partner Update

BY THE NUMBERS (Jan-Oct 2023, our service area)
  Organ donors:                 268 (+9% vs 2022)
  Organs transplanted:          781
  Kidneys transplanted:         412
  Registered donors (new):      48,230 (+12%)
  People waiting for a kidney:  ~2,900 in the region

GIFT OF LIFE WALK: 1,400 walkers raised $212,000. Thank you to the Meridian team
"Kidney Kickers" (38 walkers!).

NATIONAL DONOR SABBATH is Nov 10-12. Free bulletin inserts and speaker requests at
lifelinedonornet.org/faith.

Questions: Hannah Cordero, Hospital Services Liaison, 555-420-9000.
""")

M('clean', 'news', '',
  'Renal Policy Digest <digest@renalpolicydigest.com>',
  'Arjun Sahni <asahni@meridiankidney.org>',
  'Renal Policy Digest: Final CY2024 ESRD payment rule - what changed',
  'Fri, 03 Nov 2023 06:15:00 -0400',
  """RENAL POLICY DIGEST | Issue 241

CMS finalized the CY2024 ESRD Prospective Payment System rule this week. Highlights:

- Base rate: $271.02 per treatment (up about 2.1%)
- Wage index: new 5% cap on year-to-year decreases continues
- TDAPA: one new drug added for calciphylaxis; oral-only phosphate binders still slated
  to move into the bundle in 2025
- Home dialysis: expanded telehealth flexibility for monthly capitation visits
- ETC Model: 2024 is the final performance year; home dialysis and transplant rates
  benchmarks were adjusted

ANALYSIS: Small and rural providers say the increase does not cover labor costs. Our
readers' survey (n=318) found 62% of facility administrators expect to cut hours at
least one unit in 2024.

Unsubscribe | Manage preferences
""")

M('clean', 'news', '',
  'Vascular Access Society Newsletter <news@vasa-members.example.org>',
  'Monique Treadwell <mtreadwell@meridiankidney.org>',
  'Access Matters: new fistula-first data, webinar on ultrasound-guided cannulation',
  'Tue, 21 Nov 2023 07:45:00 -0500',
  """ACCESS MATTERS - November issue

RESEARCH ROUNDUP
 * A multicenter registry (n=4,212) found that primary unassisted fistula maturation at 6
   months was 46%; patients over 75 and women had lower maturation rates.
 * Drug-coated balloon angioplasty for fistula stenosis: 6-month target lesion primary
   patency 82% vs 61% with standard balloons in a new randomized trial.
 * Buttonhole cannulation continues to show higher infection rates than rope-ladder.

WEBINAR: "Ultrasound-guided cannulation for the dialysis nurse" - Tues Dec 12, 7pm ET,
with Kendra Oyelowo, RN and Dr. Paul Marchetti. 1.0 contact hour.

Member directory updates due by Dec 31.
""")
# ======================================================================
# CLEAN: staff
# ======================================================================
M('clean', 'staff', '',
  'Priyanka Dasgupta MD <pdasgupta@meridiankidney.org>',
  'Nephrology Attendings <neph-attendings@meridiankidney.org>',
  'case for Thursday - recurrent peritonitis',
  'Tue, 14 Nov 2023 21:03:15 -0500',
  """For Thursday's case conference, de-identified:

60s male, PD x 3 yrs, high-average transporter, third peritonitis episode in 10 months.
Organisms: coag-neg staph, then strep viridans, now Pseudomonas. Exit site looks fine,
no tunnel infection on ultrasound. Residual urine ~400 mL/day.

Questions for the group:
1. Pseudomonas with two prior episodes - do we pull the catheter now and go to HD
   temporarily, or treat with two agents x 3 weeks and try to salvage?
2. Anyone using gentamicin cream at the exit site routinely vs mupirocin?
3. Retraining - ours is a 2-day refresher; is anyone doing home visits to watch a
   full exchange?

I'll bring the ISPD 2022 guideline table.
P.
""")

M('clean', 'staff', '',
  'Sunita Rao <srao@meridiankidney.org>',
  'Unit Managers <unit-managers@meridiankidney.org>',
  'RE: Saturday coverage - need 1 RN',
  'Thu, 16 Nov 2023 11:22:47 -0500',
  """Ewa can do Sat at Portside if someone covers her Tues. Lakeview - can Hollis float
Tuesday 11/28? If not I'll ask agency (ShiftBridge quoted $94/hr, 4 hr min).

Also reminder: new hire orientation for the 2 PCTs starts 12/4, please don't put them on
the floor solo before they've done 6 weeks with a preceptor.

Sunita

-----Original Message-----
From: Gloria Estevez
Sent: Thursday, November 16, 2023 10:05 AM
Subject: Saturday coverage - need 1 RN

Portside is short one RN this Saturday (sick call + vacation). Census is 38 across
3 shifts. Anyone able to lend someone?
""")

M('clean', 'staff', '',
  'Hadley Ferreira RD <hferreira@meridiankidney.org>',
  'Renal Dietitians <rd-team@meridiankidney.org>',
  'updating the potassium handout',
  'Fri, 10 Nov 2023 14:20:31 -0500',
  """Hi RDs,

I'm revising the "Foods high in potassium" handout - the current one is from 2016 and
still tells people to avoid all tomatoes and potatoes, which isn't really how we counsel
anymore (plant-based diets, leaching, portion size, bowel regimen, etc).

Proposed changes:
 - add potassium additives section (look for "potassium chloride" in ingredients - salt
   substitutes, some "low sodium" soups)
 - move away from the red/yellow/green list to portion-based guidance
 - add Spanish and Vietnamese versions, reviewed by an interpreter
 - larger font (14 pt) for our patients with vision issues

Comments by 11/22 please. Draft on the shared drive: RD > Handouts > K_2023_draft.docx

Hadley
""")

M('clean', 'staff', '',
  'Karsten Lindqvist MD <klindqvist@meridiankidney.org>',
  'Kidney Tx Selection <tx-selection@meridiankidney.org>',
  'selection committee process - proposed changes for 2024',
  'Mon, 13 Nov 2023 18:40:00 -0500',
  """Colleagues,

A few proposals for how we run selection committee next year, based on the 2023 numbers
(142 evaluations completed, 96 listed, 18 declined, 28 deferred):

1. Patients over 70 - require frailty score (we've been inconsistent; 11 of 34 had one)
2. BMI threshold - move from a hard 40 cutoff to case-by-case up to 45 with the
   bariatric pathway
3. Psychosocial - social work presents before medicine, not after
4. Living donor candidates - separate monthly committee so recipients aren't delayed

Please review and send comments; we'll vote at the December meeting. No individual
cases will be discussed in this thread - keep those in the committee minutes.

Karsten Lindqvist, MD
Medical Director, Kidney Transplantation
""")

M('clean', 'staff', '',
  'Monique Treadwell <mtreadwell@meridiankidney.org>',
  'Vascular Access Clinic <vac@meridiankidney.org>',
  'duplex protocol - standardize measurements',
  'Wed, 22 Nov 2023 09:14:20 -0500',
  """Team,

Now that we have the new ultrasound machine, let's standardize how we report fistula
maturation. I've noticed we're measuring depth in different spots (three patients this
month had reports where depth was given at different segments from week to week,
which made trending useless).

Going forward:
 - flow volume in the brachial artery, 2 cm above the anastomosis, average of 3
 - vein diameter and depth at 3 fixed points: 5 cm, 10 cm, 15 cm from anastomosis
 - document any side branches > 2.5 mm
 - "Rule of 6s" summary line at the top of every report

I'll do a 20 min in-service Tuesday at noon. Template attached in the shared folder.

Monique Treadwell, MSN, APRN
""")

M('clean', 'staff', '',
  'Simone Larkspur LCSW <slarkspur@meridiankidney.org>',
  'Social Work <socialwork@meridiankidney.org>',
  'new resource - utility assistance + transport vouchers',
  'Tue, 21 Nov 2023 15:55:09 -0500',
  """Hi all,

Two resources that came up at the regional renal SW meeting:

1. County Energy Assistance winter program opened 11/1 - dialysis patients with home
   machines (PD cyclers, home HD) qualify for the medical priority line. Letter template
   from the nephrologist is on the shared drive.
2. The Kidney Foundation local chapter has 200 ride vouchers for the rest of the year.
   I used it last week for a patient of mine who lost her ride when her nephew moved out
   of state - took 2 days to approve.

Also, a general question: has anyone had luck getting Medicaid waiver hours approved for
a caregiver helping with home PD? Would love to hear what wording worked.

Simone Larkspur, LCSW
""")

M('clean', 'staff', '',
  'Arjun Sahni MD <asahni@meridiankidney.org>',
  'Eastgate Dialysis Team <eastgate@meridiankidney.org>',
  'heparin dosing - reminder on protocol',
  'Mon, 20 Nov 2023 12:05:00 -0500',
  """All,

Quick reminder since we've had a run of clotted circuits this month:

- Standard protocol: 1000 u bolus at initiation, 500 u/hr, stop 1 hr before end
- Anyone with recurrent clotting: check that the order was actually updated in the
  machine profile and not just in the chart; we found two mismatches on audit
- Catheter locks: 1000 u/mL heparin to the labeled fill volume, not "a 3 mL syringe"
- Alteplase lock is for poor flow after saline flush and repositioning - not first line

Any questions grab me on rounds. Thanks for all the hard work this month.

Arjun Sahni, MD
Medical Director, Eastgate Dialysis
""")
# ======================================================================
# CLEAN: training
# ======================================================================
M('clean', 'training', '',
  'Ruth Okafor-Bell <rokaforbell@meridiankidney.org>',
  'New Hires - Nov cohort <newhires-nov@meridiankidney.org>',
  'EHR flowsheet practice - use the TRAIN environment only',
  'Mon, 27 Nov 2023 08:05:22 -0500',
  """Welcome again to the November cohort!

For Tuesday's flowsheet practice, log into the TRAIN environment (green banner) - NOT
production. Each of you has a practice patient assigned:

  ZZTEST, DIALYSIS ONE     MRN 999000101   DOB 01/01/1950
  ZZTEST, DIALYSIS TWO     MRN 999000102   DOB 01/01/1960
  ZZTEST, PDPATIENT        MRN 999000103   DOB 01/01/1970

Exercise: chart pre-treatment assessment, pre-weight 80.0 kg, BP 150/90, set UF goal
2.5 L, document a hypotensive episode at hour 2 with 200 mL saline, post-assessment.
These are fake patients, so go ahead and break things - that's what TRAIN is for.

Ruth Okafor-Bell, MSN, RN
Clinical Educator
x4122
""")

M('clean', 'training', '',
  'Sales Engineering <demo@interlinkhl7.com>',
  'Raj Menon <rmenon@meridiankidney.org>',
  'Interlink Engine demo follow-up + sample messages',
  'Thu, 09 Nov 2023 16:30:00 -0500',
  r"""Hi Raj,

Thanks for joining the Interlink Engine demo. As promised, here are the sample messages
from the session. All test data from our demo environment (processing ID "T"):

MSH|^~\&|DEMOADT|DEMOHOSP|INTERLINK|DEMO|20230101120000||ADT^A01|DEMO0001|T|2.5.1
EVN|A01|20230101120000
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(555)555-0100
PV1|1|I|DEMO^101^A||||0000000000^TEST^PROVIDER

MSH|^~\&|DEMOLAB|DEMOHOSP|INTERLINK|DEMO|20230101130000||ORU^R01|DEMO0002|T|2.5.1
PID|1||TEST654321^^^DEMO^MR||SAMPLE^JANE||19800101|F
OBX|1|NM|2160-0^Creatinine^LN||1.0|mg/dL|0.6-1.2||||F

The mapping you asked about (PID-3 repetition -> first MR identifier) is configured on
slide 14 of the attached deck. Happy to set up a 30-day sandbox.

Best,
Caleb Nwosu
Senior Solutions Engineer, Interlink Health Integration
555-730-2201
""")

M('clean', 'training', '',
  'Ellen Strausbaugh <estrausbaugh@meridiankidney.org>',
  'Home PD Team <homepd@meridiankidney.org>',
  'PD trainer competency quiz - answer key',
  'Wed, 08 Nov 2023 12:40:30 -0500',
  """Here's the answer key for the new trainer competency quiz. Scenario patient is
fictional ("Jane Sample", 58, CCPD).

Q1. Jane Sample's effluent is cloudy at 6am. What do you tell her first?
    A: Save the bag, call the unit, do not drain and discard. Cell count + culture.
Q2. Jane's drain alarm recurs each night. Three things to check?
    A: kinked line/clamp, constipation, position; then catheter position imaging.
Q3. Her exit site has redness < 1 cm, no drainage. Score?
    A: Equivocal - increase cleaning, reassess in 1 week.
Q4. She's gained 2 kg in 3 days with BP 160/95. Options?
    A: Higher-dextrose bag, review fluid/salt intake, icodextrin long dwell, notify MD.

Pass mark 80%. Please don't share the key with trainees.
Ellen
""",
  atts=[('PD_quiz_answer_key.csv',
         csv_text([['question', 'scenario', 'answer'],
                   ['1', 'Jane Sample - cloudy effluent', 'save bag; call unit; cell count + culture'],
                   ['2', 'Jane Sample - drain alarms', 'kink/clamp; constipation; position'],
                   ['3', 'Jane Sample - exit site redness', 'equivocal; reassess 1 wk'],
                   ['4', 'Jane Sample - fluid gain', 'higher dextrose; diet review; icodextrin']]),
         'text', 'csv')])

M('clean', 'training', '',
  'Darnell Fitzhugh <dfitzhugh@meridiankidney.org>',
  'Revenue Cycle <revcycle@meridiankidney.org>',
  'lunch & learn: reading an 837I (example from companion guide)',
  'Tue, 21 Nov 2023 10:10:10 -0500',
  """Hi all,

For Thursday's lunch & learn, here's the sample ESRD claim straight from the
ClaimBridge companion guide (page 42). It's their made-up example - not one of ours.

NM1*IL*1*SUBSCRIBER*SAMPLE****MI*123456789A~
DMG*D8*19000101*U~
CLM*SAMPLECLAIM01*1000***72:A:1**A*Y*Y~
DTP*434*RD8*20230101-20230131~
HI*ABK:N186~
SV2*0821*HC:90999*1000*UN*13~

Things we'll cover:
 - why DTP*434 has to be a date range for dialysis
 - rev code 0821 vs 0841/0851 (in-center vs home)
 - value code D5 (last Kt/V) and A8/A9 (weight/height) - where they go
 - condition code 74 for home

Bring your lunch, conf room A, 12:15.
Darnell
""")

M('clean', 'training', '',
  'Ruth Okafor-Bell <rokaforbell@meridiankidney.org>',
  'Lakeview Dialysis Staff <lakeview-staff@meridiankidney.org>',
  'Mock code drill Thursday - scenario',
  'Tue, 28 Nov 2023 13:00:00 -0500',
  """Hi Lakeview,

We'll run an unannounced-ish mock code drill Thursday during 2nd shift. Scenario (for
charge RNs only - don't spoil it for the others!):

  "Mr. Rescue Randy" (our CPR manikin), station 12, 90 min into treatment, becomes
  unresponsive after complaining of chest pain. Monitor shows VF.

Objectives:
 - first responder calls for help and stops the blood pump within 30 sec
 - return blood per protocol / clamp and disconnect
 - AED on the patient within 3 min
 - code cart checked, 911 called, roles assigned

Debrief 15 min after. Randy's had a rough year, be gentle with him.

Ruth
""")

fhir_demo = """{
  "resourceType": "Patient",
  "id": "example-dialysis-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:demo:mrn", "value": "SANDBOX-0001"}],
  "name": [{"family": "Zztest", "given": ["Sandbox"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}
"""
M('clean', 'training', '',
  'Trevor Blankenship <tblankenship@organmatchsoft.io>',
  'Raj Menon <rmenon@meridiankidney.org>',
  'sandbox access + test payloads',
  'Mon, 27 Nov 2023 09:45:00 -0800',
  """Raj,

Fix for the family-name validation is deployed to the sandbox (v3.8.2). Your sandbox
credentials were sent separately. Please use only synthetic patients there - attached is
the test payload we use in our regression suite (tagged HTEST). You can also try family
names like "Zztest-de la Test" to exercise the space/hyphen handling.

Also: please confirm you deleted the production payload from last week's ticket on your
side; we purged ours.

Trevor Blankenship
Implementation Lead, OrganMatch Software
""",
  atts=[('sandbox_patient_example.json', fhir_demo, 'application', 'json')])
# ======================================================================
# writer
# ======================================================================
def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    addr = m['frm'].split('<')[-1].rstrip('>').strip()
    dom = addr.split('@')[-1]
    msg['Message-ID'] = '<%d.%04d.%s@%s>' % (6201, i, m['kind'], dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['extra'].items():
        msg[k] = v
    def cte_for(text):
        if m['cte']:
            return m['cte']
        return '7bit' if text.isascii() else '8bit'
    msg.set_content(m['body'], cte=cte_for(m['body']))
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', cte=cte_for(m['html']))
    for fn, data, maint, sub in m['atts']:
        if isinstance(data, str) and maint == 'text':
            msg.add_attachment(data, subtype=sub, filename=fn)
        elif isinstance(data, str):
            msg.add_attachment(data.encode('utf-8'), maintype=maint, subtype=sub, filename=fn)
        else:
            msg.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg

def main():
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        COUNT[key] = COUNT.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], COUNT[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)

if __name__ == '__main__':
    main()
