#!/usr/bin/env python3
"""Blind evaluation set 9b: hand-written mail from payers, billing/collections,
suppliers, legal/ROI, employer benefits and non-health lookalikes.
Standard library only; deterministic output."""
import csv, hashlib, io, os, zipfile
from email.message import EmailMessage
from email import policy

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []


def add(kind, patient, frm, to, subj, date, body, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, hdrs=None, html_only=False):
    M.append(dict(kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date, body=body,
                  html=html, atts=list(atts), charset=charset, cte=cte, cc=cc, hdrs=hdrs or [],
                  html_only=html_only))


def att(filename, data, ctype='text/plain', charset='utf-8', cte=None):
    return ('file', filename, data, ctype, charset, cte)


def zipatt(filename, files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return ('file', filename, buf.getvalue(), 'application/zip', None, None)


def fwdatt(frm, to, subj, date, body, charset='utf-8'):
    return ('msg', frm, to, subj, date, body, charset)


def _msgid(d, extra=''):
    dom = d['frm'].split('@')[-1].strip('> ').lower() or 'mail.local'
    h = hashlib.sha1((d['subj'] + d['date'] + extra).encode('utf-8')).hexdigest()
    return '<%s.%s@%s>' % (h[:12].upper(), h[12:20], dom)


def build(d):
    m = EmailMessage()
    m['From'] = d['frm']
    m['To'] = d['to']
    if d['cc']:
        m['Cc'] = d['cc']
    m['Subject'] = d['subj']
    m['Date'] = d['date']
    m['Message-ID'] = _msgid(d)
    for k, v in d['hdrs']:
        m[k] = v
    if d['html_only']:
        m.set_content(d['html'], subtype='html', charset=d['charset'], cte=d['cte'])
    else:
        m.set_content(d['body'], charset=d['charset'], cte=d['cte'])
        if d['html']:
            m.add_alternative(d['html'], subtype='html', charset=d['charset'])
    for a in d['atts']:
        if a[0] == 'file':
            _, fn, data, ctype, cs, cte = a
            mt, st = ctype.split('/')
            if isinstance(data, str):
                if mt == 'text':
                    m.add_attachment(data, subtype=st, filename=fn, charset=cs or 'utf-8', cte=cte)
                else:
                    m.add_attachment(data.encode(cs or 'utf-8'), maintype=mt, subtype=st, filename=fn)
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        else:
            _, frm, to, subj, date, body, cs = a
            inner = EmailMessage()
            inner['From'] = frm
            inner['To'] = to
            inner['Subject'] = subj
            inner['Date'] = date
            inner['Message-ID'] = _msgid(dict(frm=frm, subj=subj, date=date), 'inner')
            inner.set_content(body, charset=cs)
            m.add_attachment(inner)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            h = hashlib.md5((d['subj'] + str(i)).encode('utf-8')).hexdigest()[:16]
            part.set_boundary('----=_NextPart_%03d_%s' % (i, h))
    return m

# ---------------------------------------------------------------------------
# Messages (hand-written)
# ---------------------------------------------------------------------------

# ============================ phi-struct ===================================

X278 = ("ISA*00*          *00*          *ZZ*CASCADIAHP     *ZZ*NWORTHOPED01   *261201*1432*^*00501*000004417*0*P*:~"
"GS*HI*CASCADIAHP*NWORTHOPED01*20261201*1432*4417*X*005010X217~"
"ST*278*0001*005010X217~"
"BHT*0007*11*UM2026120144710*20261201*1432~"
"HL*1**20*1~NM1*X3*2*CASCADIA HEALTH PLAN*****PI*93018~"
"HL*2*1*21*1~NM1*1P*1*BRANDT*LUCAS*M***XX*1588204417~"
"HL*3*2*22*1~NM1*IL*1*OKAFOR*CHINEDU*E***MI*CHP771042289~DMG*D8*19790614*M~"
"HL*4*3*EV*0~TRN*2*UM2026120144710*9930180000~"
"UM*SC*I*2*11:B**U~HCR*A4*0*0U~REF*NT*PA-26-0448172~"
"DTP*472*RD8*20261208-20261208~HI*ABK:M23.221~"
"SV1*HC:29881*0*UN*1***1~"
"MSG*PENDED FOR CLINICAL REVIEW - SUBMIT PT NOTES AND MRI REPORT WITHIN 14 DAYS~"
"SE*16*0001~GE*1*4417~IEA*1*000004417~")

add('phi-struct', 'Okafor',
    '"UM Intake - Cascadia Health Plan" <um-intake@cascadiahp.com>',
    'auths@nworthopedics.com',
    'Auth response UM2026120144710 (pended)',
    'Tue, 01 Dec 2026 14:33:02 -0800',
    """This is an automated notification from Cascadia Health Plan Utilization Management.

A response to your electronic prior authorization request is attached (X12 278).
Status: PENDED - additional information required.

Please do not reply to this message. Clinical documentation can be uploaded through
the Provider Portal under Authorizations > Pending, or faxed to 1-866-402-7781 with
the reference number on the fax cover.

Cascadia Health Plan | Utilization Management
""",
    atts=[att('UM2026120144710_278.x12', X278, 'application/octet-stream')])

add('phi-struct', 'Lindqvist',
    'Rosa Ibarra <ribarra@summitbillingpartners.com>',
    'EDI Support <edisupport@trizettaconnect-clearing.com>',
    'ERA question - CO-197 on a claim that HAD an auth',
    'Wed, 02 Dec 2026 09:12:44 -0600',
    """Hi,

We're getting a CO-197 (precert/authorization absent) on the claim below but the auth
was on file and it's on the 837 we sent in REF*G1. Can you confirm whether the payer is
even receiving the REF segment from you guys or if it's getting stripped? This is the
3rd one this month for this payer.

Here's the relevant chunk of the 835:

CLP*SB260911-0042*4*2840*0**12*2226094411207*11*1~
NM1*QC*1*LINDQVIST*ANNIKA*J***MI*XGF418830112~
NM1*82*2*SUMMIT IMAGING ASSOC*****XX*1740388215~
DTM*232*20261014~
DTM*233*20261014~
SVC*HC:72148*2840*0**1~
DTM*472*20261014~
CAS*CO*197*2840~
AMT*B6*0~
LQ*HE*N54~

Our 837 had REF*G1*A2609-77410 in loop 2300. I can send you the whole file if you need it.

Thanks
Rosa Ibarra
AR Follow-up Specialist
Summit Billing Partners
(615) 883-2047 ext 114
""")

ORU = r"""MSH|^~\&|SUNQUEST|PMCLAB|EPIC|RIVERBEND|202612020614||ORU^R01|LAB88210447|P|2.5.1
PID|1||M0049281^^^RBH^MR||BRANNIGAN^THERESA^ANNE||19640225|F|||114 SPRUCE HOLLOW RD^^MILTON^PA^17847||5707421186
PV1|1|O|RBH-CARD^^^RBH||||1447102938^OSEI^KWAME^^^^MD
ORC|RE|4471029|26-336-00912
OBR|1|4471029|26-336-00912|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||202612020511
OBX|1|NM|2823-3^POTASSIUM^LN||5.9|mmol/L|3.5-5.1|HH|||F
OBX|2|NM|2160-0^CREATININE^LN||1.84|mg/dL|0.57-1.00|H|||F
OBX|3|NM|33914-3^EGFR^LN||>60 (see note)|mL/min/1.73m2||N|||F"""

add('phi-struct', 'Brannigan',
    'Interface Monitoring <ifmon-noreply@pmclabservices.com>',
    'lab-interfaces@riverbendhealth.org',
    '[ALERT] Outbound ORU rejected by RIVERBEND - AE - 1 message(s) held',
    'Wed, 02 Dec 2026 06:15:09 -0500',
    r"""Interface: PMC_TO_RIVERBEND_ORU (outbound)
Engine node: cloverleaf-prod-02
Time: 2026-12-02 06:14:58 EST
ACK code: AE
ACK text: OBX-5 value ">60 (see note)" invalid for value type NM (segment OBX, set id 3)
Action: message held in error queue ERRQ_RBH_ORU. Subsequent messages continue to flow.

---- Original message ----
""" + ORU + """

---- ACK received ----
MSH|^~\\&|EPIC|RIVERBEND|SUNQUEST|PMCLAB|202612020614||ACK^R01|ACK10293847|P|2.5.1
MSA|AE|LAB88210447|OBX-5 datatype mismatch

This is an automated alert. Reply to open a ticket with PMC Lab Services Interface Team.
""")

DME_CSV = """Order ID,Patient Last,Patient First,DOB,Item,HCPCS,Ordering Provider,Order Date,CMN Status,Days Open
DM-558120,Haddad,Samira,1948-07-30,Hospital bed semi-electric,E0260,Pruitt MD,2026-11-12,NOT RECEIVED,23
DM-558177,Haddad,Samira,1948-07-30,Pressure reducing mattress,E0181,Pruitt MD,2026-11-12,NOT RECEIVED,23
DM-558302,Ostrowski,Leon,1939-02-11,Oxygen concentrator,E1390,Bhatt NP,2026-11-18,UNSIGNED,17
DM-558419,Greer,Dolores,1955-10-04,Power wheelchair group 2,K0823,Pruitt MD,2026-11-20,F2F NOTE MISSING,15
DM-558644,Whitfield,Arnold,1944-05-19,Nebulizer,E0570,Lam DO,2026-11-25,RECEIVED - INCOMPLETE,10
"""

add('phi-struct', 'Haddad',
    'Keisha Monroe <kmonroe@tristatehomemedical.com>',
    'referrals@valleyfamilymed.org',
    'Outstanding CMNs / paperwork - Valley Family Medicine',
    'Fri, 04 Dec 2026 11:02:37 -0500',
    """Good morning,

Attached is the list of orders from your office we still can't deliver because the
paperwork isn't complete. The first two are for the same patient (Mrs. Haddad) - her
daughter has called us twice this week asking when the bed is coming. Medicare won't
let us deliver without the signed CMN and we can't bill it after the fact.

If someone could fax these back to 610-555-0148 or upload them to our portal that would
be a huge help.

Thank you!
Keisha Monroe
Intake Coordinator | Tri-State Home Medical
""",
    atts=[att('VFM_open_orders_120426.csv', DME_CSV, 'text/csv')])

FHIR = """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 2,
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "e8Kq2mzv0XTfP1",
        "identifier": [
          {"system": "urn:oid:1.2.840.114350.1.13.441.2.7.5.737384.14", "value": "E4472019"}
        ],
        "name": [{"use": "official", "family": "Nwosu", "given": ["Adaeze", "Chioma"]}],
        "gender": "female",
        "birthDate": "1991-03-17",
        "telecom": [{"system": "phone", "value": "404-718-2290", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "ExplanationOfBenefit",
        "id": "eob-2026-88120447",
        "status": "active",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
        "patient": {"reference": "Patient/e8Kq2mzv0XTfP1"},
        "billablePeriod": {"start": "2026-10-22", "end": "2026-10-22"},
        "outcome": "complete",
        "item": [
          {
            "sequence": 1,
            "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "76805"}]},
            "adjudication": [
              {"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 412.00, "currency": "USD"}},
              {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": }}
            ]
          }
        ]
      }
    }
  ]
}
"""

add('phi-struct', 'Nwosu',
    'Devin Park <devin.park@meridianehr.com>',
    'Payer Integrations <payer-api@peachstatehealthplan.com>',
    'RE: Case 00318842 - Patient Access API returning malformed EOB',
    'Thu, 03 Dec 2026 16:48:20 -0500',
    """Hi team,

Following up on case 00318842. We reproduced it with a real member this afternoon (she
authorized the app connection, consent ID in our logs). The EOB payload your endpoint
returns has an empty value on the benefit amount and our parser dies on it. Full
response body attached, unmodified - please handle accordingly, it has her demographics
in it.

Request: GET /fhir/R4/ExplanationOfBenefit?patient=e8Kq2mzv0XTfP1&_include=ExplanationOfBenefit:patient
Response: 200, 2 entries, invalid JSON at line 33

Can you let us know if this is a known issue on your side or if we should expect a fix
in the Dec release?

Devin Park
Integration Engineer, Meridian EHR

-----Original Message-----
From: Payer Integrations <payer-api@peachstatehealthplan.com>
Sent: Tuesday, December 1, 2026 10:05 AM
To: Devin Park <devin.park@meridianehr.com>
Subject: RE: Case 00318842 - Patient Access API returning malformed EOB

Devin, we're not able to reproduce with our test members. Can you send a sample
response? Thanks, Priya
""",
    atts=[att('eob_response_case00318842.json', FHIR, 'application/json')])

add('phi-struct', 'Pelletier',
    'Health Information Management <him-roi@stlukesvalley.org>',
    'records@marchettilaw.com',
    'Fax confirmation / cover - Records request #ROI-26-11873',
    'Mon, 30 Nov 2026 13:20:11 -0700',
    """=====================================================
        ST. LUKE'S VALLEY MEDICAL CENTER
        Health Information Management - Release of Information
        FACSIMILE TRANSMITTAL
=====================================================
DATE:        11/30/2026
TO:          Marchetti & Row, PLLC  Attn: Records Dept.
FAX:         (208) 343-7120
FROM:        Janelle Fiske, ROI Specialist
PHONE:       (208) 381-4400 x2218
PAGES:       47 (including cover)
-----------------------------------------------------
RE:          Pelletier, Gérard M.
DOB:         08/09/1972
MRN:         SLV-00722481
Request #:   ROI-26-11873
Dates:       06/14/2026 - 09/30/2026
Contents:    ED record 06/14/2026, operative report, discharge summary,
             PT notes (12), billing statement (UB-04)
-----------------------------------------------------
CONFIDENTIALITY NOTICE: The documents accompanying this
facsimile contain confidential health information that is
legally privileged. If you are not the intended recipient,
you are hereby notified that any disclosure, copying,
distribution or action taken in reliance on the contents
of these documents is strictly prohibited. If you have
received this fax in error, please notify the sender
immediately and destroy the documents.
=====================================================

Fax status: SENT OK 47/47 pages 13:19 MST
Invoice for copy fees to follow under separate cover.
""",
    charset='windows-1252')

add('phi-struct', 'Yamamoto',
    'Marcus Bell <mbell@fronteraclinicsrcm.com>',
    'Availity Support Escalations <escalations@clearinghouse-support.net>',
    'RE: RE: 271 showing active but claims denying as terminated',
    'Thu, 03 Dec 2026 08:41:55 -0700',
    """Thanks Lena. Pasting the 271 we got back yesterday (12/2) below so you can see it
says active, EB*1. Same member, same plan, payer denied DOS 11/17 with CO-27 "expenses
incurred after coverage terminated". Front desk did everything right here.

HL*3*2*22*0~
TRN*2*FRC88104-77*9FRONTERA~
NM1*IL*1*YAMAMOTO*KENJI*T***MI*ZHW55810274~
N3*2207 W CALLE ADOBE~
N4*TUCSON*AZ*85745~
DMG*D8*19850302*M~
DTP*346*D8*20260101~
EB*1*IND*30**GOLD PPO 1500~
EB*B*IND*98***27*40~
EB*C*IND*30****23*1500~
MSG*COVERAGE ACTIVE AS OF 12/02/2026~

If the eligibility file is stale on the payer side that's on them, but I need something
in writing to take to the rep.

Marcus

-----Original Message-----
From: Lena Ortiz <lortiz@clearinghouse-support.net>
Sent: Wednesday, December 2, 2026 4:12 PM
To: Marcus Bell <mbell@fronteraclinicsrcm.com>
Subject: RE: 271 showing active but claims denying as terminated

Hi Marcus - we just pass through what the payer returns on the 270/271. Can you send
the 271 response (or the trace number) and the claim # from the denial? I'll open a
ticket with the payer's EDI team.

Lena Ortiz | Clearinghouse Support Tier 2
""")

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-7710294"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261129103015-0600"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="DMI-3384019"/>
      <addr use="HP"><streetAddressLine>5510 Loma Verde Dr</streetAddressLine>
        <city>El Paso</city><state>TX</state><postalCode>79912</postalCode></addr>
      <telecom value="tel:+1-915-206-4438" use="MC"/>
      <patient>
        <name use="L"><given>Ramiro</given><given>J</given><family>Castellanos</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19580821"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1" extension="2015-08-01"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Results</title>
      <text><table><tbody>
        <tr><td>CT CHEST W/O CONTRAST</td><td>11/27/2026</td><td>See report</td></tr>
        <tr><td>HEMOGLOBIN A1C</td><td>11/20/2026</td><td>7.9 %</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

add('phi-struct', 'Castellanos',
    'Tom Reinholt <treinholt@desertmedicalimaging.com>',
    'HIE Onboarding <onboarding@riograndehie.org>',
    'CCD failing schematron - sample attached (zipped/encrypted per policy??)',
    'Tue, 01 Dec 2026 17:05:40 -0700',
    """Hi,

Our outbound CCDs started failing your validator after the RIS upgrade Friday. Error
is on the results section templateId version I think. I zipped one of the docs that
failed today so you can run it on your end.

Sorry - I know I'm supposed to use the secure file share for this but the link you sent
expired and I couldn't get a new one. It's a real patient doc, please delete when done.

Tom Reinholt
PACS/RIS Administrator
Desert Medical Imaging
""",
    atts=[zipatt('failed_ccd_1201.zip', [('CCD-7710294.xml', CCD)])])

ADT = ("MSH|^~\\&|RIS|NSIMAGING|SCHED|NSCLINIC|202612030922||ADT^A04|NS4471920|P|2.3\r"
       "EVN|A04|202612030922\r"
       "PID|1||00918273^^^NSI||WOJCIK^HENRYK^^^^||19510113|M|||45 ORCHARD ST APT 2^^NEW BRITAIN^CT^06051||(860)229-4107|||M||NSA00441972\r"
       "PV1|1|O|MRI1^^^NSI||||2284019^FENG^LIN^^^DR|||||||||||NSA00441972\r"
       "IN1|1|ANTHEMPPO|0039|ANTHEM BCBS CT|||||||||||WOJCIK^HENRYK|01|19510113|||||||||||||||||||YRP881044721\r")

add('phi-struct', 'Wojcik',
    'Alyssa Brennan <abrennan@northstarimaging.net>',
    'Helpdesk - Interfaces <interfaces@cloudris-support.com>',
    'ADT A04 from RIS missing PV1-19 visit # on some MRIs',
    'Thu, 03 Dec 2026 09:31:12 -0500',
    """Hi, see below. The A04s for the MRI room are coming across with the visit # in PID-18 but PV1-19 is blank on about half. Example from this morning pasted below. Can you check the mapping? Thanks, Alyssa

""" + ADT.replace('\r', '\n'),
    html="""<html><head><style>
body { font-family: Calibri, Arial, sans-serif; font-size: 11pt; }
pre { font-family: Consolas, monospace; font-size: 9pt; background:#f4f4f4; }
.sig { color:#1f3864; font-size:9pt; }
</style></head><body>
<p>Hi, see below. The A04s for the MRI room are coming across with the visit # in PID-18 but PV1-19 is blank on about half. Example from this morning pasted below. Can you check the mapping?</p>
<p>Thanks,<br>Alyssa</p>
<pre>""" + ADT.replace('\r', '\n').replace('&', '&amp;').replace('<', '&lt;') + """</pre>
<p class="sig"><b>Alyssa Brennan</b><br>Systems Analyst | Northstar Imaging<br>P 860.229.7700 x31</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential and intended solely for the addressee.</p>
</body></html>""")

add('phi-struct', 'Feldman',
    'Prior Auth Desk - RxNova PBM <pa-desk@rxnovapbm.com>',
    'Ashleigh Tran <atran@lakeshoreendo.com>',
    'Rejected claims needing PA - Lakeshore Endocrinology - wk of 11/30',
    'Fri, 04 Dec 2026 15:22:08 -0600',
    """Ashleigh,

Per your request here are the rejects for your prescribers this week (copied out of our
reporting tool - tab separated so it should paste into Excel fine).

Rx Date\tMember ID\tMember Name\tDOB\tDrug\tNDC\tReject\tReject Desc\tPrescriber
11/30/2026\tRXN40018822-01\tFELDMAN, MIRIAM\t04/22/1969\tMOUNJARO 5MG/0.5ML\t00002-1495-80\t75\tPRIOR AUTHORIZATION REQUIRED\tSHAH, P
11/30/2026\tRXN40018822-01\tFELDMAN, MIRIAM\t04/22/1969\tDEXCOM G7 SENSOR\t08627-0077-01\t70\tPRODUCT/SERVICE NOT COVERED\tSHAH, P
12/01/2026\tRXN39920117-02\tOYELARAN, TUNDE\t11/05/2008\tSOMATROPIN 10MG\t00169-7710-21\t75\tPRIOR AUTHORIZATION REQUIRED\tKOWALSKI, R
12/03/2026\tRXN41102954-01\tMACKIE, DOUGLAS\t02/14/1958\tTESTOSTERONE CYP 200MG/ML\t00009-0417-01\t76\tPLAN LIMITATIONS EXCEEDED\tSHAH, P

Mrs. Feldman's Mounjaro was covered through 11/29 under the transition fill - she'll
need the PA in before her next fill or she pays cash. ePA is the fastest route (CoverMyMeds key
will be generated if you start it from the EHR).

Regards,
Darnell Okoye, CPhT
Prior Authorization Desk | RxNova
""")

TRX = """NORTHWIND TRANSCRIPTION SERVICES - EXCEPTION REPORT
Client: Harbor Point Surgical Associates (HPSA)
Report run: 12/03/2026 22:00 ET
--------------------------------------------------------------
Job #:          NTS-8841027
Work type:      OP NOTE (priority STAT)
Dictator:       Dr. Ellen Vasquez (ID 2207)
Patient:        ABERNATHY, CLIFFORD R
MRN:            HP-0440719
Acct/FIN:       91002284713
DOS:            12/03/2026
Dictated:       12/03/2026 17:41  Length 06:52
Status:         ON HOLD - QA
Reason:         Audio unintelligible 02:13-02:31 (background suction).
                Implant lot number dictated incompletely ("lot ... 4 4 1 ...").
                Please have provider call QA line or addend.
--------------------------------------------------------------
Job #:          NTS-8841102
Work type:      H&P
Dictator:       Dr. Samuel Ngata (ID 2231)
Patient:        [NOT STATED IN DICTATION]
MRN:            [BLANK]
DOS:            12/03/2026
Status:         ON HOLD - DEMOGRAPHICS
Reason:         Provider did not state patient name or MRN. Please match via schedule.
--------------------------------------------------------------
2 jobs on hold. TAT clock paused for held jobs.
"""

add('phi-struct', 'Abernathy',
    'Northwind QA <qa@northwindtranscription.com>',
    'hpsa-him@harborpointsurgical.com',
    'Nightly exception report - HPSA - 12/03/2026',
    'Thu, 03 Dec 2026 22:00:31 -0500',
    """Attached is tonight's exception report. Reply to this mail or call 1-800-662-4410 opt 3.
""",
    atts=[att('HPSA_exceptions_20261203.txt', TRX, 'text/plain', cte='quoted-printable')])

# ============================== phi-ids ====================================

add('phi-ids', '',
    'Tanya Whitlock <twhitlock@cascadiahp.com>',
    'pt-scheduling@bridgewaterrehab.com',
    'auth approved',
    'Mon, 30 Nov 2026 10:14:00 -0800',
    """Member CHP508811934 - auth PA-26-0447901 approved, 12 visits PT (97110/97140/97530), 11/30/26 thru 01/31/27. Rendering NPI 1902281147 only.

Sent from my iPhone""")

add('phi-ids', '',
    'Recovery Desk <desk@allegiantrecoverygroup.com>',
    'billing.disputes@mercyvalleyhealth.org',
    'Acct 00418822-7 / Ref MV-339104 - validation request rec\'d',
    'Tue, 01 Dec 2026 13:47:29 -0500',
    """Client: Mercy Valley Health - Emergency Dept
Client acct: 00418822-7
Our ref: MV-339104
DOS: 08/14/2026
Placed: 11/02/2026
Balance: $1,284.50

Debtor sent written validation request (rec'd 11/30, postmarked 11/26). Collection
activity suspended per FDCPA 1692g(b) pending validation. Please send itemized
statement + copy of signed consent/financial responsibility form for the ED visit and
confirm whether the secondary (Medicaid, ID on file ends -2291) was ever billed. Debtor
states she was told at registration that it would be billed.

Thx,
Allegiant Recovery Group - Client Services
""")

add('phi-ids', '',
    '"Sandoval, Erin" <esandoval@harperkline.com>',
    'him.subpoenas@northlakeregional.org',
    'Subpoena duces tecum - Case No. 26-CV-04471 - records for MRN 4471902',
    'Wed, 02 Dec 2026 11:30:00 -0600',
    """Dear Custodian of Records,

Attached please find a subpoena duces tecum issued in the above-referenced matter,
together with the HIPAA-compliant authorization signed by the patient.

Patient identifiers:  MRN 4471902 / DOB 03/11/1968 / last 4 SSN 6620
Date range:           01/01/2024 to present
Records requested:    complete medical record including radiology images (CD) and
                      reports, physical therapy records, itemized billing

Please produce by 12/23/2026. Our office will pay reasonable copy charges upon invoice.
If you have any questions please contact me directly at 312-908-4417.

Sincerely,

Erin Sandoval
Paralegal to Mark D. Kline, Esq.
Harper Kline LLP
180 N. LaSalle St., Suite 2900, Chicago, IL 60601

This message may contain privileged and confidential attorney-client communications.
""")

add('phi-ids', '',
    'appeals-noreply@keystoneunitedhealth.com',
    'denials@pinecrestpt.com',
    'Claim 2026091488120 - determination',
    'Thu, 03 Dec 2026 02:11:45 -0500',
    """Claim#: 2026091488120
Member ID: W33819042
DOS: 09/09/2026 - 09/30/2026
Billed: 97110 x4 (units 4,4,3,4), 97140 x2
Determination: DENIED - CARC 50 / RARC N115
Reason: Services exceed plan threshold without documentation of measurable functional
progress. Medical records reviewed: initial eval 09/02/2026, progress note 09/23/2026.
Reconsideration rights: 180 days from date of this notice. Submit via portal.
""")

add('phi-ids', 'Szabo',
    'Greenfield Pharmacy #2214 <store2214@greenfieldrx.com>',
    'refills@oakhurstinternalmed.com',
    'Rx 6102284 - DOB 07/02/1951',
    'Thu, 03 Dec 2026 16:05:12 -0500',
    """Hi - Rx# 6102284 (Mrs Szabo, DOB 7/2/51) is still rejecting for PA on the semaglutide 1mg pen. Pt is here at the counter asking. Anything you can do today? If not we can do a 3 day supply of nothing lol... please call 413-772-0908, ask for Jess (pharmacist). Thanks
""")

add('phi-ids', 'Reyes',
    'Paul Dumont <pdumont@granitecompclaims.com>',
    'scheduling@neimedicalevals.com',
    'WC 7741-22-0193 / Reyes / DOI 04/02/26 - IME',
    'Mon, 30 Nov 2026 09:02:18 -0500',
    """Please schedule IME with ortho (shoulder) for claimant below. Records to follow via SFTP.

Claim: 7741-22-0193
Claimant: Reyes, A.
Employer: Bay State Logistics
DOI: 04/02/2026
Body part: R shoulder
Treating: Dr. Kaplan, Commonwealth Ortho - s/p arthroscopy 07/15/26
Questions for examiner: MMI? Causation? Work restrictions?
Interpreter: Spanish

Paul Dumont | Sr. Claims Adjuster | Granite Comp Claims Services
""")

add('phi-ids', 'Holcomb',
    'LTD Claims Team <ltdclaims@northgateassurance.com>',
    'records@riverviewoncology.com',
    'Attending Physician Statement overdue - Policy LTD-448120 / Clm 90-220417',
    'Tue, 01 Dec 2026 08:45:00 -0600',
    """To the office of Dr. Amara Lindgren:

We have not yet received the Attending Physician Statement (form LTD-APS-2) requested
on 11/03/2026 for the claimant below. Benefits cannot be continued past 12/15/2026
without updated restrictions and limitations.

Claimant: Holcomb, Renee
Policy: LTD-448120  Claim: 90-220417
SSN (last 4): 4471
Date last worked: 06/30/2026

Please fax the completed form with the most recent two office visit notes to
(855) 602-1190, referencing the claim number on every page.

Northgate Assurance - Long Term Disability Claims
""")

add('phi-ids', '',
    'Client Services <clientservices@quadrantlabs.com>',
    'frontdesk@sunsetpeds.com',
    'Specimen rejected - Acc# 26-338-04417',
    'Fri, 04 Dec 2026 07:20:44 -0800',
    """SPECIMEN REJECTION NOTICE

Accession: 26-338-04417
Patient DOB: 09/30/2019
Collected: 12/03/2026 15:10
Test(s): CBC w/ diff, lead (venous)
Reason: Specimen hemolyzed / QNS for lead

Recollection required. No charge for recollect. Please reference the original
accession number when you submit the new requisition.
""")

add('phi-ids', 'Nowak',
    'Benefits Team <benefits@corvanmfg.com>',
    'leave@lincolnbenefitadmin.com',
    'EE 104482 - intermittent FMLA + STD',
    'Wed, 02 Dec 2026 14:10:33 -0600',
    """Hi Gina,

Sending over another one. EE ID 104482 (T. Nowak, 2nd shift, Plant 2) - cert from provider
says surgery 12/8, expected out 6 wks, then intermittent for follow-ups. She also filed
STD through you guys yesterday, confirmation STD-26-99018. Can you link the two so the
dates line up? Her supervisor just needs to know the dates, not the why.

Thanks!
Corinne | Corvan Mfg HR/Benefits
""")

add('phi-ids', '',
    'Support <support@meridianehr.com>',
    'revcycle@lakeviewmedgroup.com',
    '[Ticket #552019] Encounter stuck in charge review',
    'Thu, 03 Dec 2026 12:02:10 -0500',
    """Hello,

Thank you for contacting Meridian Support. An analyst has been assigned to your ticket.

> Encounter CSN 8820194477 for MRN E1029384 has been sitting in charge review WQ since
> 11/4. Pt had MRI lumbar w/o on 11/3 and the tech charge dropped but the professional
> read did not. Can't release the claim. Tried re-triggering charge router, no change.

Analyst note: The professional charge is blocked by an unsigned result (order 33019924).
Once the reading radiologist signs, the charge will route automatically. No action needed
from Meridian. Please confirm we can close this ticket.

Meridian EHR Support
""")

add('phi-ids', '',
    'Patient Accounts <pfs@cedarcrestmed.org>',
    'Denise Alvarado <dalvarado@cedarcrestmed.org>',
    'Acct# 7729104 - Ref# 51188 - DOS 10/28',
    'Fri, 04 Dec 2026 10:40:52 -0600',
    """Denise - guarantor called again. anesthesia line on the 10/28 DOS (CRNA) processed OON by the plan even though facility + surgeon were in-network. She's got a bill for $2,340. Sounds like a No Surprises Act thing? Can you hold the acct from statements and send to the NSA queue. Callback 9186640235.

-Marisol""")

# ============================== phi-care ===================================

add('phi-care', 'Garrity',
    'Nicole Faber RN <nfaber@heartlandcarehp.com>',
    'Dr. Omar Siddiqui <osiddiqui@prairiefamilyclinic.com>',
    'Transition of care - Walter Garrity - 7 day f/u',
    'Tue, 01 Dec 2026 11:18:40 -0600',
    """Dr. Siddiqui,

I'm the Heartland Care case manager assigned to your patient Walter Garrity, who was
discharged from St. Anne's yesterday afternoon (11/30) after a 4 day stay. He's enrolled
in our transitions program so I'll be calling him at home this week.

A couple of things I wanted to flag:
 - He doesn't have a follow-up with your office on the books yet. We like to see one
   within 7 days of discharge - is there any way to get him in by 12/7?
 - The discharge med list added furosemide 40 mg daily and stopped his amlodipine.
   His wife wasn't sure if he's supposed to keep taking the old bottle.
 - Home health (Prairie Home Care) was ordered for nursing visits 2x/week; start of care
   is scheduled for Thursday.

I can help with transportation to the appointment if needed - he no longer drives.

Thanks,
Nicole Faber, RN, CCM
Complex Case Management | Heartland Care Health Plan
Direct 316-281-4470 | Fax 316-281-4499
""")

add('phi-care', 'Halvorsen',
    'Scheduling <schedule@fjordviewimaging.com>',
    'Mary Halvorsen <mhalvorsen62@gmail.com>',
    'Your appointment has changed',
    'Wed, 02 Dec 2026 15:30:00 -0600',
    None,
    html_only=True,
    html="""<!DOCTYPE html><html><body style="margin:0;background:#eef2f5">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#233">
<tr><td align="center" style="padding:24px">
<table width="560" style="background:#fff;border-radius:6px">
<tr><td style="background:#0b5e7e;color:#fff;padding:16px 24px;font-size:20px">Fjordview Imaging</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Hello Mary,</p>
<p>The following appointment for <b>Erik Halvorsen</b> has been rescheduled:</p>
<table style="font-size:14px;border-collapse:collapse" cellpadding="6">
<tr><td style="color:#778">Exam</td><td>CT Abdomen/Pelvis with IV contrast</td></tr>
<tr><td style="color:#778">New date</td><td>Thursday, December 10, 2026 at 7:45 AM</td></tr>
<tr><td style="color:#778">Location</td><td>Fjordview Imaging - Edina, 7300 France Ave S, Suite 120</td></tr>
</table>
<p><b>Before your exam:</b> nothing to eat for 4 hours prior. A blood test (creatinine) within the last 30 days is required because of the contrast &mdash; our records show his last one was in August, so please have it drawn before the 10th or arrive 45 minutes early for a finger-stick.</p>
<p>Need to change this? Call 952-830-1177 or reply to this email.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#99a">You are receiving this because you are listed as the contact for this patient. Fjordview Imaging, LLC.</td></tr>
</table></td></tr></table></body></html>""")

add('phi-care', 'Whitcombe',
    'Brian Kessler <bkessler@airwaysleepsupply.com>',
    'Dr. Priscilla Yuen <pyuen@bayshoresleep.com>',
    'Joan Whitcombe - mask refit + compliance download',
    'Mon, 30 Nov 2026 16:44:02 -0800',
    """Dr. Yuen,

FYI, saw Joan Whitcombe today for a mask refit. She was on the medium full face and
leaking a lot around the bridge of the nose, switched her to a nasal pillow (AirFit
P10, size S) with chin strap. She seemed happier with it in the office.

Compliance download for last 30 days: 19/30 nights >= 4 hrs, avg use 4h51m, AHI 3.2,
large leak 11% of the time (should improve w/ new mask). She needs 21/30 for her plan's
90-day review on 12/18 so it'll be close. I'll pull another download on the 16th and
send it over.

Brian Kessler, RRT
Airway Sleep Supply
""")

add('phi-care', 'Petty',
    'Walgreen Road Pharmacy <rx@walgreenroadpharmacy.com>',
    'Eastside Internal Medicine <eim.refills@eastsideim.net>',
    'Refill authorization request',
    'Thu, 03 Dec 2026 10:02:58 -0500',
    """REFILL AUTHORIZATION REQUEST
Please respond within 48 hours.

Patient:      Rosalind Petty
DOB:          05/14/1947
Phone:        (770) 312-8845
Medication:   Lisinopril 20 mg tablet, take 1 tablet by mouth daily
Last filled:  09/02/2026  Qty 90  Refills remaining 0
Prescriber:   Harold Underwood, MD

[ ] Approved   # refills: ____     [ ] Denied - patient must be seen
[ ] Changed (see new Rx)

Note from pharmacist: pt states she has an appointment in January, has 3 tablets left.

Signature: ______________________  Date: __________
Reply to this email or fax to (770) 312-8899.
""")

add('phi-care', 'Aquino',
    'Critical Results Line <critical@coastalreflab.com>',
    'oncall@mariposaurgentcare.com',
    'CRITICAL VALUE - callback not completed - AQUINO',
    'Sat, 05 Dec 2026 01:37:15 -0800',
    """We were unable to reach a licensed provider by phone for the following critical value.
Three attempts were made (01:05, 01:18, 01:31). Please call 1-800-447-2290 immediately.

Patient: AQUINO, DENNIS
Collected: 12/04/2026 20:40 at Mariposa Urgent Care - Oxnard
Test: Potassium, serum
Result: 6.8 mmol/L (CRITICAL HIGH)  ref 3.5-5.1
Specimen comment: No visible hemolysis

Per policy this notice is also sent by email. Email does not satisfy the read-back
requirement.
""")

add('phi-care', 'Lindahl',
    'Gretchen Moyer, RN <gmoyer@summitpeakhealth.com>',
    'Precert <precert@alpinesportsortho.com>',
    'RE: Lindahl precert - 29881 approved',
    'Wed, 02 Dec 2026 13:26:00 -0700',
    """Good news - approved. Reference UM-889104-26, valid 12/07/26 - 03/07/27, outpatient
facility Alpine Surgery Center only. If they add 29877 or anything else in the OR
you'll need to call it in within 2 business days.

Gretchen

> From: Precert <precert@alpinesportsortho.com>
> Sent: Tuesday, December 1, 2026 4:50 PM
> Subject: Lindahl precert - 29881
>
> Hi Gretchen, faxed over clinicals for Karl Lindahl (member 8830019274) for left knee
> scope w/ partial menisectomy, DOS 12/14. He did 8 weeks PT and an injection in Oct.
> Let me know if you need the MRI images or just the report.
>
> Thanks, Becca - Alpine Sports Ortho
""")

# ============================== phi-names ==================================

add('phi-names', 'Kowalczyk',
    'Shauna Ritter <sritter@pinnaclebillingsvcs.com>',
    'Appeals Team <appeals@pinnaclebillingsvcs.com>',
    'Re: Kowalczyk, Brenda - 2nd level appeal packet',
    'Thu, 03 Dec 2026 14:20:05 -0500',
    """Jamal - I put the packet in the shared drive under Appeals > Dec. Still need the letter
of medical necessity from Dr. Huang's office before it can go out; Tina said she'd chase
it. Deadline is 12/18 so we have a little room. Don't send it with the old LMN, the
insurance rep said that's why level 1 failed.

-Shauna

> On Dec 3, 2026, at 10:02 AM, Jamal Prince <jprince@pinnaclebillingsvcs.com> wrote:
> Where are we on this one? Payer called asking if we're still appealing.
""")

add('phi-names', 'Ferreira',
    'Dana Lutz <dlutz@evergreenhealthplan.org>',
    'CM Team <cm-team@evergreenhealthplan.org>',
    'call from son',
    'Tue, 01 Dec 2026 17:02:47 -0800',
    """FYI for whoever has the Ferreira case tomorrow -

Her son Marcus called at 4:30. He's on the HIPAA form so I talked to him. Says mom is
"not doing well" since the home health nurse stopped coming, she's falling again and
isn't taking her pills right. He wants to know if we can get the nurse back and maybe
a pill dispenser. I told him someone would call him back by noon. His cell is
503-771-2084.

I didn't open a new episode, just added a note. Mrs. F's PCP is Dr. Ambrose at Cedar
Mill.

Dana
""")

add('phi-names', 'Lindgren',
    'Kevin Marsh <kmarsh@lakesidebilling.net>',
    'Tamara Eng <teng@lakesidebilling.net>',
    'bobby again',
    'Fri, 04 Dec 2026 09:15:44 -0600',
    """Tam, Bobby Lindgren's wife called AGAIN about the ambulance bill. She says Robert had
Medicare AND the union retiree plan at the time of the transport and we only billed the
retiree plan. I checked and she's right, Medicare should've been primary since he's
retired. Can you rebill? It's the 9/22 transport, the one from his house to Mercy. She
was actually really nice about it this time lol.

K""")

add('phi-names', 'Achebe',
    'Lorraine Whitt <lwhitt@baxtermemorial.org>',
    'ROI Staff <roi@baxtermemorial.org>',
    'Achebe chart - hold ALL requests',
    'Mon, 30 Nov 2026 08:05:19 -0500',
    """Morning all,

Risk management asked us to put a legal hold on the Achebe chart (the one from the
October L&D case - Ngozi, not the husband). Do NOT release anything on her to anyone,
including her attorney or the insurer, without clearing it through me or Paul Grady in
Risk first. That includes the baby's chart too.

If a request comes in, log it and route to me.

Thanks,
Lorraine Whitt, RHIA
HIM Director
""")

add('phi-names', 'Adeyemi',
    'Payroll & Benefits <benefits@holloway-eng.com>',
    'Claire Donnelly <cdonnelly@holloway-eng.com>',
    'Re: newborn add',
    'Wed, 02 Dec 2026 12:40:30 -0500',
    """Claire,

Tomasz from payroll mentioned Femi Adeyemi's wife had the baby early (born 11/24 -
sounds like a NICU stay, Femi's been out since). He has 30 days from the birth to add
her to the medical plan so we're fine on timing, but the NICU claims will start
hitting soon. Can you reach out to him gently and send the dependent add form + birth
certificate request? Don't want him getting hit with bills on top of everything.

Thanks,
Rick

-----Original Message-----
From: Claire Donnelly
Sent: Wednesday, December 2, 2026 11:58 AM
To: Payroll & Benefits
Subject: newborn add

Has Femi added the baby yet?
""")

add('phi-names', 'Pham',
    'Allegiant Recovery - Notes <notes@allegiantrecoverygroup.com>',
    'supervisors@allegiantrecoverygroup.com',
    'Call review flag - acct MV-340877 (Pham)',
    'Fri, 04 Dec 2026 16:10:10 -0500',
    """Call review flagged by QA for supervisor follow-up.

Account: MV-340877  Client: Mercy Valley Health
Collector: D. Rourke   Call length: 11:42

Notes (as entered by collector):
spoke w/ debtor's daughter Linh re: Papa's ER + ambulance bill from Aug. she says
he passed in Oct, estate is being handled by her brother. she became upset. advised
we would note the acct. did NOT request payment per policy. gave her our fax for
death cert.

QA comment: collector used third party disclosure language correctly but discussed
balance detail ($3,118.20) before verifying she is executor. Please coach.
""")

# ============================== phi-self ===================================

add('phi-self', 'Brooks',
    'Tamika Brooks <tamikab1984@yahoo.com>',
    'appeals@keystoneunitedhealth.com',
    'APPEAL - denied MRI - I am not going to let this go',
    'Sun, 29 Nov 2026 22:48:13 -0500',
    """To whoever reads these,

My name is Tamika Brooks, member ID W44019273. I am appealing your denial of the MRI of
my neck that Dr. Patel ordered in October. Your letter says it was "not medically
necessary" because I didn't do 6 weeks of physical therapy first. I DID do physical
therapy. I went to Pinecrest PT from August 12 to September 30, twice a week, and you
PAID for it, so you know I went.

I have numbness down my right arm into my fingers, I am dropping things at work, and I
am a hairdresser so this is my income. I should not have to fight my own insurance for
a test my doctor says I need.

Please treat this as my formal appeal. I want a copy of the criteria you used and the
name of the doctor who reviewed it. My phone is 267-480-3319.

Tamika Brooks
DOB 02/17/1984
""")

add('phi-self', 'Kaminski',
    'Janusz Kaminski <jkaminski55@outlook.com>',
    'billing@northshoreregional.org',
    'Bill question account 90331842',
    'Wed, 02 Dec 2026 07:12:00 -0600',
    """Hello,

I receive bill from you for $1,870 for my colonoscopy on 15 October. My insurance
(Blue Cross) tell me this is preventive and should be 0 dollar. But the bill says
"diagnostic" because doctor find polyp and take it out. I do not understand why I must
pay because doctor find something. I did not ask for this, I come for screening only.

Can you please send again to insurance as screening? My account number is 90331842,
birth date 3 March 1958.

Thank you very much,
Janusz Kaminski
""",
    charset='iso-8859-1')

add('phi-self', 'Ortega',
    'Lucia Ortega <lucia.ortega.home@gmail.com>',
    'Member Services <memberservices@rxnovapbm.com>',
    'My son\'s ADHD medication keeps getting rejected at the pharmacy',
    'Thu, 03 Dec 2026 20:15:39 -0700',
    """Hi,

My son Mateo Ortega (he's on my plan, member ID RXN38820041-03, DOB 6/9/2014) takes
Vyvanse 30mg for his ADHD. He's been on it for 2 years. Tonight the pharmacy said the
plan won't pay anymore and I need a "prior authorization." Nobody told us anything
changed. He has school tomorrow and he only has 2 capsules left.

What do I need to do to get this approved? His doctor is Dr. Janine Wu at Desert Sky
Pediatrics. Can the pharmacy give him a few days while we wait?

Thank you,
Lucia Ortega
(520) 444-9182
""")

add('phi-self', 'Donovan',
    'Kelly Donovan <kdonovan@corvanmfg.com>',
    'Benefits Team <benefits@corvanmfg.com>',
    'STD paperwork + schedule',
    'Mon, 30 Nov 2026 07:55:21 -0600',
    """Hi Corinne,

Wanted to give you a heads up before I submit the short term disability claim. My
oncologist wants me to start chemo on Dec 14, every other week for 12 weeks. I'll
probably miss 2-3 days after each one. I'd rather not have my whole team know the
details - can you just tell Greg I'll be on intermittent leave?

Also, do I need a new form from the doctor for STD, or is the FMLA cert enough? I
already gave Lincoln the FMLA one.

Thank you for being so kind about all of this.
Kelly
""")

MBEKI_BODY = """Hello,

I'm moving to Denver in January and need my records sent to my new doctor. I filled out
the authorization form online but it says it can take 30 days - is there any way to
speed it up? My first appointment in Denver is January 8.

Full name: Thandiwe N. Mbeki
DOB: 11/02/1990
What I need: the last 2 years, especially my thyroid ultrasound and biopsy results from
June, and my endocrinology notes.
Send to: Dr. Rachel Okonkwo, Mile High Endocrine, fax 303-480-2215

Thanks so much.
Thandi
"""

add('phi-self', 'Mbeki',
    'Carla Jimenez <cjimenez@baxtermemorial.org>',
    'Lorraine Whitt <lwhitt@baxtermemorial.org>',
    'FW: Request for my records - transferring care',
    'Tue, 01 Dec 2026 14:05:00 -0500',
    """Lorraine, can we expedite this one? Patient's authorization is in the queue (logged
12/1). She's asking for it before Jan 8. Original email attached.

Carla
ROI Specialist
""",
    atts=[fwdatt('Thandiwe Mbeki <thandi.mbeki@protonmail.com>',
                 'Release of Information <roi@baxtermemorial.org>',
                 'Request for my records - transferring care',
                 'Tue, 01 Dec 2026 12:30:00 -0500', MBEKI_BODY)])

add('phi-self', 'Kessler',
    'Ron Kessler <ronk.1952@comcast.net>',
    'Customer Care <care@breatheeasyhme.com>',
    'oxygen machine for my wife - alarm keeps going off',
    'Fri, 04 Dec 2026 06:02:44 -0500',
    """Good morning. The oxygen concentrator you delivered for my wife Linda Kessler last
month keeps beeping with a yellow light, maybe every hour during the night. She is on
it 2 liters all night per her lung doctor. I switched her to the tank so she could
sleep but we only have 2 tanks left. Can someone come out today? Our address is 88
Fenwick Lane, Dover. Home number 302-734-6618.

Ron Kessler""")

# ============================== phi-lists ==================================

add('phi-lists', 'Marchetti',
    'Complex CM Supervisor <cm-sup@heartlandcarehp.com>',
    'Complex CM Nurses <cm-nurses@heartlandcarehp.com>',
    'High-risk roster - week of 12/7 - assignments',
    'Fri, 04 Dec 2026 16:30:00 -0600',
    """Team - new assignments below, pulled from the risk stratification report this afternoon.
Please make first outreach attempt by Wed. The two with recent readmits are top priority.

Member              ID            Risk  Trigger                              Assigned
------------------  ------------  ----  -----------------------------------  --------
Marchetti, Joseph   HC7720041-01  0.91  3 IP admits 90d, CHF                 Faber
Delgado, Ines       HC6618820-01  0.88  ED x6 in 60d                         Faber
Sorensen, Paul      HC5590122-02  0.84  New dialysis start 11/20             Ruiz
Whitaker, Loretta   HC8804117-01  0.79  Readmit 11/29 (d/c 11/21)            Ruiz
Haq, Imran          HC7710983-01  0.77  Specialty Rx >$8k/mo, missed fills   Chen
Bergstrom, Alice    HC4401297-01  0.74  Fall w/ hip fx, SNF d/c 12/2         Chen

Remember to document consent in the first call. Ping me if anyone's over 45 active.

Lori
""")

add('phi-lists', 'Gallagher',
    'Angela Price <aprice@summitbillingpartners.com>',
    'Dr. Frank Mazur <fmazur@mazurpodiatry.com>',
    'Aged AR > 120 days - need your OK to send to collections',
    'Thu, 03 Dec 2026 11:11:11 -0600',
    """Dr. Mazur,

Below are the self-pay balances over 120 days. Per your policy we need your sign-off
before placing with Allegiant. I pulled out anyone on a payment plan.

Acct     Patient              DOS         Service                     Balance   Last stmt
-------  -------------------  ----------  --------------------------  --------  ---------
P10442   Gallagher, Sean      06/11/2026  Nail avulsion x2            $385.00   11/10
P10518   Yusuf, Hodan         06/30/2026  Orthotics (custom)          $520.00   11/10
P10603   Costa, Renata        07/08/2026  Office visit + xray         $212.40   11/10
P10677   Beaumont, Claude     07/22/2026  Wound debridement           $640.75   11/10
P10702   Thibodeaux, Ray      07/29/2026  Injection                   $95.00    11/10

Total: $1,853.15

Reply "approved" or let me know which ones to hold. Mr. Beaumont's daughter called in
Sept saying he was in the hospital, so you may want to hold that one.

Angela
""")

add('phi-lists', 'Ahmadi',
    'Client Services <clientservices@quadrantlabs.com>',
    'lab@greenvalleyfamilypractice.com',
    'Rejected specimens 12/04 - Green Valley FP',
    'Fri, 04 Dec 2026 18:02:40 -0800',
    """The following specimens received today from your office could not be processed:

  * AHMADI, PARISA (DOB 01/19/1977) - Acc 26-339-01122 - TSH, lipid panel -
    unlabeled tube (requisition received, tube had no label)
  * BRENNER, TOBIAS (DOB 08/30/1960) - Acc 26-339-01140 - PSA - received frozen,
    requires refrigerated
  * OKONJO, FAITH (DOB 04/04/2001) - Acc 26-339-01151 - hCG quant - name on tube
    does not match requisition (tube: "OKONJO, F", req: "OKONJO-BELL, FAITH")
  * LEE, GRACE (DOB 12/12/1949) - Acc 26-339-01163 - INR - underfilled blue top

Please recollect. Call 800-551-2207 option 2 with any questions.

Quadrant Laboratories Client Services
""")

add('phi-lists', 'Strand',
    'Yolanda Greer <ygreer@northstarimaging.net>',
    'Authorizations <auth@northstarimaging.net>',
    'tomorrow MRI - auth check before 7am please',
    'Sun, 06 Dec 2026 19:40:02 -0500',
    """Can someone verify these before the first patient walks in? I got an email from
Anthem that their portal is down overnight so do it early. Pasted from the schedule:

Time   Patient              DOB         Exam                      Ins            Auth#
07:00  Strand, Margit       03/03/1966  MRI brain w/wo            Anthem PPO     pending??
07:45  Oduya, Peter         10/21/1988  MRI L knee w/o            Aetna          A7710492
08:30  Collins, Bethany     05/15/1995  MRI pelvis w/wo           ConnectiCare   CC-00918
09:15  Wojcik, Henryk       01/13/1951  MRI L-spine w/o           Anthem BCBS    pending
10:00  Farouk, Samir        07/07/1979  MR arthrogram R shoulder  Cigna          --
10:45  Delaney, Kathleen    09/02/1958  MRI breast bilat          Medicare       n/a

Farouk needs the auth AND the fluoro room booked. Thanks!!
Yolanda
""")

add('phi-lists', 'Robichaux',
    'Dispatch <dispatch@tristatehomemedical.com>',
    'Drivers - South <drivers-south@tristatehomemedical.com>',
    'Mon 12/7 route - South',
    'Sun, 06 Dec 2026 17:15:00 -0500',
    """Route SOUTH-2, Monday 12/7. Truck 14. Load by 7:30.

1) Robichaux, Ernest - 12 Cedar Ct, Media PA - hospital bed + trapeze, SET UP, pt bedbound, wife home
2) Pinto, Olga - 440 Baltimore Pike Apt 3C, Springfield - O2 concentrator swap (alarm), bring 4 E tanks
3) Greer, Dolores - 9 Sycamore Ln, Swarthmore - PWC delivery + fitting, ATP meeting you there 11am
4) Nakashima, Roy - 1710 Providence Rd, Wallingford - pickup nebulizer (deceased, family expecting call first)
5) Falcone, Teresa - 68 Kedron Ave, Folsom - CPAP supplies drop only, leave on porch OK per pt

Call 610-555-0101 if anything is off. Stop 4 - be kind, call daughter Amy first 484-213-7760.
""")

add('phi-lists', 'Dunleavy',
    'Allegiant Recovery Group <placements@allegiantrecoverygroup.com>',
    'pfs@cedarcrestmed.org',
    'Placement acknowledgment - batch CC-1204',
    'Fri, 04 Dec 2026 12:00:00 -0600',
    """Placement acknowledgment - batch CC-1204 - 5 accounts. View this message in an HTML-capable client.""",
    html="""<html><head><style>
table.ack { border-collapse: collapse; font-family: Arial; font-size: 10pt; }
table.ack th { background: #2f4f6f; color: white; padding: 4px 8px; }
table.ack td { border: 1px solid #ccc; padding: 4px 8px; }
</style></head><body>
<p style="font-family:Arial;font-size:10pt">Cedar Crest Medical Center - Patient Financial Services,</p>
<p style="font-family:Arial;font-size:10pt">We have received and loaded the following accounts. Letters will mail on 12/07/2026.</p>
<table class="ack">
<tr><th>Client Acct</th><th>Guarantor</th><th>Patient</th><th>DOS</th><th>Facility/Service</th><th>Placed Bal</th><th>Our #</th></tr>
<tr><td>7718820</td><td>Dunleavy, Patrick</td><td>Dunleavy, Siobhan (minor)</td><td>05/02/2026</td><td>ED - Pediatric</td><td>$1,104.00</td><td>CC-88120</td></tr>
<tr><td>7720455</td><td>Maldonado, Hector</td><td>Maldonado, Hector</td><td>05/19/2026</td><td>Outpt Surgery</td><td>$2,870.55</td><td>CC-88121</td></tr>
<tr><td>7721090</td><td>Ng, Wendy</td><td>Ng, Wendy</td><td>06/03/2026</td><td>Lab</td><td>$148.20</td><td>CC-88122</td></tr>
<tr><td>7722317</td><td>Roth, Aaron</td><td>Roth, Aaron</td><td>06/06/2026</td><td>Imaging - CT</td><td>$660.00</td><td>CC-88123</td></tr>
<tr><td>7723004</td><td>Baptiste, Marie</td><td>Baptiste, Jean-Paul</td><td>06/11/2026</td><td>Inpatient L&amp;D</td><td>$4,412.90</td><td>CC-88124</td></tr>
</table>
<p style="font-family:Arial;font-size:10pt">Total placed: $9,195.65</p>
<p style="font-family:Arial;font-size:8pt;color:#666">Allegiant Recovery Group is a debt collector. This communication is from a debt collector. Confidential - intended for client use only.</p>
</body></html>""")

add('phi-lists', 'Castillo',
    'Darnell Okoye <dokoye@rxnovapbm.com>',
    'Ashleigh Tran <atran@lakeshoreendo.com>',
    'RE: PA status check',
    'Mon, 07 Dec 2026 10:20:00 -0600',
    """Ashleigh - here's where they stand as of this morning:

- Castillo, Rebecca - Ozempic - APPROVED thru 12/6/27
- Feldman, Miriam - Mounjaro - PENDING, need A1C within 90 days (last one we have is June)
- Oyelaran, Tunde - somatropin - sent to peds endo reviewer, 72h
- Mackie, Douglas - testosterone - DENIED, qty over limit; can resubmit at 1 vial/28 days
- Pruitt, Gail - Jardiance - approved, but it's preferred so she didn't need one :)

Darnell

-----Original Message-----
From: Ashleigh Tran <atran@lakeshoreendo.com>
Sent: Monday, December 7, 2026 8:02 AM
To: Darnell Okoye <dokoye@rxnovapbm.com>
Subject: PA status check

Hi Darnell, can you give me a status on the 5 we submitted Friday? Thanks!
""")

# ============================== phi-lang ===================================

add('phi-lang', 'Villalobos',
    'Servicios al Miembro <miembros@sunrisehealthplan.com>',
    'Gloria Villalobos <gvillalobos77@hotmail.com>',
    'Respuesta a su queja - Reclamo 2026-110448',
    'Wed, 02 Dec 2026 10:45:00 -0700',
    """Estimada Sra. Villalobos:

Le escribimos en respuesta a su llamada del 24 de noviembre sobre el reclamo
2026-110448 por la visita de su esposo, el Sr. Armando Villalobos, a la sala de
emergencias del Hospital San Gabriel el 3 de octubre.

Revisamos el reclamo y encontramos que fue procesado por error como fuera de la red.
Ya lo volvimos a procesar. Su responsabilidad ahora es solamente el copago de sala de
emergencias de $250. Recibirá una nueva Explicación de Beneficios (EOB) en 10 a 14 días.
Si ya pagó más de esa cantidad al hospital, el hospital le debe un reembolso.

Número de miembro: SHP-7710294-02

Si tiene preguntas, llámenos al 1-888-410-2200 (TTY 711), de lunes a viernes,
de 8 a.m. a 8 p.m.

Atentamente,
Departamento de Quejas y Apelaciones
Sunrise Health Plan
""",
    charset='iso-8859-1', cte='quoted-printable')

add('phi-lang', 'Nguyen',
    'Hoa Nguyen <hoanguyen.sj@gmail.com>',
    'billing@santaclaravalleymed.org',
    'Hóa đơn của mẹ tôi - account 55018823',
    'Thu, 03 Dec 2026 21:10:44 -0800',
    """Chào anh chị,

Tôi là con gái của bà Nguyễn Thị Lan (ngày sinh 12/05/1944). Mẹ tôi có nhận được hóa
đơn $640 cho lần chụp CT ngày 28 tháng 9. Mẹ tôi có Medicare và Medi-Cal nên tôi nghĩ
mẹ không phải trả tiền này. Có thể bệnh viện chưa gửi cho Medi-Cal?

Số tài khoản: 55018823
Số Medi-Cal: 90441827A

Mẹ tôi không đọc được tiếng Anh nên xin gọi cho tôi ở số 408-771-3390. Cảm ơn nhiều.

Hoa Nguyen
""")

add('phi-lang', 'Sousa',
    'Fernanda Sousa <fe.sousa@uol.com.br>',
    'Atendimento <farmacia@boavistadrugs.com>',
    'receita do meu pai / my father\'s prescription',
    'Mon, 30 Nov 2026 14:22:10 -0500',
    """Bom dia,

Meu pai, Joaquim Sousa, está visitando a gente aqui em Framingham e a insulina dele
(Lantus) acabou. A receita é do Brasil. Vocês conseguem transferir ou ele precisa ir
num médico aqui? Ele tem 78 anos e usa 20 unidades à noite.

Sorry my English is not so good - my father is visiting from Brazil, his insulin ran
out, does he need to see a doctor here for a new prescription? We can pay cash.

Obrigada,
Fernanda - 508-620-4418
""",
    charset='windows-1252')

add('phi-lang', 'Chen',
    'Chen Li <lichen.family@163.com>',
    'appeals@pacificcrestins.com',
    '关于我父亲的理赔申诉 Appeal for my father - Chen Wei-Ming, member PC-4410982',
    'Fri, 04 Dec 2026 08:55:30 +0800',
    """您好，

我是陈伟明（Chen Wei-Ming，会员号 PC-4410982，出生日期 1952年7月19日）的女儿。
我父亲今年9月在旧金山的医院做了心脏支架手术，保险公司拒绝支付，理由是"需要事先授权"。
但是他当时是从急诊直接送进手术室的，根本没有时间申请授权。

请重新审核这个理赔（理赔号 CLM-26-0093317）。附件里有医院的出院小结。

Hello, I am the daughter of Chen Wei-Ming. His heart stent surgery in September was
denied for no prior authorization, but it was an emergency - he went from the ER
directly to the cath lab. Please review claim CLM-26-0093317 again.

谢谢
陈丽 Chen Li
""")

add('phi-lang', 'Volkova',
    'Irina Petrenko <ipetrenko@brightstarhomecare.com>',
    'intake@brightstarhomecare.com',
    'FW: Volkova - нужно перенести визит',
    'Tue, 01 Dec 2026 09:40:00 -0500',
    """Girls, see below - her daughter wrote in Russian. Summary: Mrs. Volkova's PT visit
Thursday needs to move because she has the eye surgery (cataract) that morning at Wills.
Can someone reschedule to Fri or Mon? I'll call the daughter back.

Irina

---------- Forwarded message ---------
From: Olga Volkova <olga.volkova.nj@gmail.com>
Date: Mon, Nov 30, 2026 at 8:12 PM
Subject: нужно перенести визит

Здравствуйте, Ирина!

У мамы (Валентина Сергеевна Волкова) в четверг утром операция на глаз (катаракта) в
Wills Eye, поэтому физиотерапевт в четверг прийти не сможет. Можно перенести на пятницу
или понедельник? После операции ей нельзя наклоняться неделю, скажите терапевту.

Спасибо,
Ольга
""",
    charset='utf-8', cte='base64')

# ============================ clean-lookalike ==============================

add('clean-lookalike', '',
    'Whisker & Wag Pet Insurance <claims@whiskerwag-ins.com>',
    'Dana Kowalski <dkowalski.home@gmail.com>',
    'Claim update for Biscuit - CCL surgery reimbursement approved',
    'Tue, 01 Dec 2026 09:00:12 -0500',
    """Hi Dana,

Good news! We've finished reviewing the claim for Biscuit (Golden Retriever, 6 yrs).

Claim #:          WW-2026-441908
Date of service:  11/12/2026
Clinic:           Lakeside Veterinary Specialists
Procedure:        TPLO - left cranial cruciate ligament repair
Invoice total:    $5,482.00
Deductible:       -$250.00
Reimbursement:    90% = $4,708.80

Your payment will be deposited to the account ending 3318 in 2-3 business days.

We hope Biscuit is back to chasing squirrels soon!

The Whisker & Wag Claims Team
Pet health insurance is underwritten by Great Lakes Casualty Co.
""",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<div style="background:#f7b733;padding:14px;font-size:18px;color:#fff"><b>Whisker &amp; Wag</b> Pet Insurance</div>
<p>Hi Dana,</p>
<p>Good news! We've finished reviewing the claim for <b>Biscuit</b> (Golden Retriever, 6 yrs).</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Claim #</td><td>WW-2026-441908</td></tr>
<tr><td>Date of service</td><td>11/12/2026</td></tr>
<tr><td>Clinic</td><td>Lakeside Veterinary Specialists</td></tr>
<tr><td>Procedure</td><td>TPLO - left cranial cruciate ligament repair</td></tr>
<tr><td>Invoice total</td><td>$5,482.00</td></tr>
<tr><td>Deductible</td><td>-$250.00</td></tr>
<tr><td><b>Reimbursement</b></td><td><b>90% = $4,708.80</b></td></tr>
</table>
<p>Your payment will be deposited to the account ending 3318 in 2-3 business days.</p>
<p>We hope Biscuit is back to chasing squirrels soon!</p>
<p style="font-size:10px;color:#999">Pet health insurance is underwritten by Great Lakes Casualty Co.</p>
</body></html>""")

add('clean-lookalike', '',
    'Cornerstone Auto Insurance <claims@cornerstoneauto.com>',
    'Marcus Reilly <mreilly88@gmail.com>',
    'Claim 44-1180-2291: appraisal complete',
    'Wed, 02 Dec 2026 14:12:00 -0600',
    """Hello Marcus,

Your claim 44-1180-2291 (2019 Honda Civic, loss date 11/24/2026) has an update.

Our appraiser completed the inspection at Precision Collision on 12/1. Estimate:
$3,918.44 (rear bumper cover, reinforcement, tail lamp assy L, refinish). Your
collision deductible is $500, so the payment to the shop will be $3,418.44.

Rental coverage: Enterprise reservation extended through 12/9/2026.

Medical Payments: No injuries were reported on this claim, so no Med Pay file has been
opened. If that changes, call me.

Thanks,
Jordan Blake
Claims Representative | Cornerstone Auto Insurance
877-310-4400 ext 6621
""")

add('clean-lookalike', '',
    'MaxFit Clubs <members@maxfitclubs.com>',
    'Stephanie Oduya <soduya@gmail.com>',
    'Your membership freeze is confirmed',
    'Mon, 30 Nov 2026 18:45:30 -0500',
    """Hi Stephanie,

Your membership at MaxFit Riverside has been frozen as requested.

Freeze start:  12/01/2026
Freeze end:    02/28/2027
Monthly freeze fee: $10.00 (billed on your usual date)

Your regular $39.99 dues will resume on 03/01/2027. Want to come back early? Just scan
in at the front desk and we'll unfreeze you automatically.

Miss us? Our new Recovery Zone with cold plunge and compression boots opens in January.

Stay strong,
MaxFit Clubs Member Services
Member #: MF-0044192

To unsubscribe from promotional emails, click here.
""")

add('clean-lookalike', '',
    'ValueMart Pharmacy & Rewards <offers@valuemart-rewards.com>',
    'karen.deluca@aol.com',
    'Karen, your flu shot = 500 bonus points 💉',
    'Thu, 03 Dec 2026 07:00:00 -0500',
    """Hi Karen,

It's not too late! Get your flu shot at any ValueMart Pharmacy this month and earn
500 ValueMart Rewards points (that's $5 off your next shopping trip).

- No appointment needed - walk in any time the pharmacy is open
- Most insurance plans cover flu shots at $0
- COVID-19 and RSV vaccines also available for eligible adults

Plus: this week only, 20% off cold & flu aisle, vitamins and first aid.

Your points balance: 2,140

Offer valid through 12/31/2026. Vaccines subject to availability and state age
restrictions. See pharmacist for details.

Unsubscribe | Privacy Policy | ValueMart Stores Inc., Bentonville
""",
    html="""<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#c8102e;color:#fff;padding:20px;font-size:26px;font-weight:bold">ValueMart <span style="font-weight:normal">Pharmacy</span></td></tr>
<tr><td style="padding:20px;font-size:16px">
<p>Hi Karen,</p>
<h2 style="color:#c8102e">Your flu shot = 500 bonus points</h2>
<p>It's not too late! Get your flu shot at any ValueMart Pharmacy this month and earn <b>500 ValueMart Rewards points</b> (that's $5 off your next shopping trip).</p>
<ul><li>No appointment needed</li><li>Most insurance plans cover flu shots at $0</li><li>COVID-19 and RSV vaccines also available for eligible adults</li></ul>
<p style="background:#fff3cd;padding:10px">This week only: <b>20% off</b> cold &amp; flu aisle, vitamins and first aid.</p>
<p>Your points balance: <b>2,140</b></p>
<a href="https://www.valuemart-rewards.com/flu?utm_source=email&amp;utm_campaign=flu26" style="background:#c8102e;color:#fff;padding:12px 24px;text-decoration:none">Find a pharmacy</a>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:20px">Offer valid through 12/31/2026. Vaccines subject to availability and state age restrictions. Unsubscribe | Privacy Policy</td></tr>
</table></body></html>""")

add('clean-lookalike', '',
    'Keystone Federal Credit Union <alerts@keystonefcu.org>',
    'Howard Bianchi <hbianchi@verizon.net>',
    'Fraud Alert: Please verify recent activity on card ending 7720',
    'Fri, 04 Dec 2026 23:14:08 -0500',
    """Keystone FCU Fraud Prevention

Hi Howard,

We noticed unusual activity on your Visa debit card ending 7720. Please review the
transactions below.

12/04  CVS/PHARMACY #08812 HARRISBURG PA      $42.18   
12/04  SHEETZ #0419 MECHANICSBURG PA           $51.02   
12/04  ELECTROMART ONLINE 8004471190 CA      $1,299.99   <-- flagged

Reply YES if you made all of these purchases, or NO if you did not. Your card is
temporarily limited until we hear from you.

Keystone FCU will never ask for your PIN or full card number by text or email.
Questions? 717-233-4100 (24/7).
""")

add('clean-lookalike', '',
    'Happy Tails Animal Hospital <reminders@happytailsvet.com>',
    'Jerome Whitaker <jwhitaker22@gmail.com>',
    'Reminder: Luna is due for vaccines + dental',
    'Sat, 05 Dec 2026 08:00:00 -0600',
    """Hi Jerome,

Our records show Luna (Domestic Shorthair, spayed F) is due for:

  - Rabies (3 yr)          due 12/15/2026
  - FVRCP                  due 12/15/2026
  - Senior bloodwork       recommended
  - Dental cleaning        Dr. Amador noted grade 2 tartar at last exam

Book online at happytailsvet.com/book or call 405-848-2210. Remember Luna's
thyroid medication refill (methimazole 2.5mg) - you have 1 refill left.

Happy Tails Animal Hospital - Dr. Sofia Amador, DVM
""")

add('clean-lookalike', '',
    'SkyBridge Airlines <noreply@skybridgeair.com>',
    'Priya Raman <priya.raman@gmail.com>',
    'Your trip protection policy - Confirmation SBX9K2',
    'Tue, 01 Dec 2026 12:31:00 -0800',
    """Thank you for purchasing TripGuard Plus with your SkyBridge booking.

Traveler:        Priya Raman
Confirmation:    SBX9K2
Trip:            SFO -> BOS, Dec 22 2026 / return Jan 3 2027
Policy #:        TGP-88102274
Premium:         $48.20

Covered reasons include trip cancellation due to sickness or injury of you, a traveling
companion or a family member; emergency medical expenses up to $25,000; and medical
evacuation up to $100,000. Pre-existing conditions are covered if the policy is
purchased within 14 days of your initial trip deposit.

To file a claim, visit tripguard-claims.com. Full terms are in the attached
certificate of coverage.

SkyBridge Airlines. Trip protection is underwritten by Atlas Travel Insurance Co.
""")

add('clean-lookalike', '',
    'Harbor Trust Bank HSA <hsa@harbortrustbank.com>',
    'Gabriel Ostrowski <gostrowski@outlook.com>',
    'Your 2027 HSA contribution limits and December statement',
    'Mon, 30 Nov 2026 06:00:00 -0500',
    """Dear Gabriel Ostrowski,

Your Health Savings Account statement for November is now available in online
banking.

Account ending: 4417
Balance as of 11/30/2026: $6,210.37
Year-to-date contributions: $3,900.00

Planning ahead: The IRS has announced 2027 HSA contribution limits of $4,400
(self-only) and $8,750 (family), with a $1,000 catch-up for age 55+. You can change
your payroll contribution through your employer's benefits portal.

Did you know? You can invest HSA balances over $1,000 in mutual funds through
Harbor Trust Invest.

Harbor Trust Bank, Member FDIC.
""")

# ============================== clean-admin ================================

add('clean-admin', '',
    'Provider Relations - Cascadia Health Plan <provider.news@cascadiahp.com>',
    'network-providers@lists.cascadiahp.com',
    'Prior authorization list changes effective January 1, 2027',
    'Tue, 01 Dec 2026 08:00:00 -0800',
    """Dear Provider,

Effective for dates of service on or after January 1, 2027, Cascadia Health Plan will
make the following changes to its prior authorization list for Commercial and Medicare
Advantage products.

REMOVED from prior authorization:
  - 97110, 97112, 97140, 97530 (PT/OT first 12 visits per calendar year)
  - 70551-70553 MRI brain when ordered by neurology
  - 93306 transthoracic echocardiogram

ADDED to prior authorization:
  - J0178 aflibercept, J2777 faricimab (buy-and-bill)
  - 0446T-0448T implantable glucose sensor
  - E0486 oral appliance for obstructive sleep apnea

Gold carding: Providers with a 92% or higher approval rate over the prior 12 months
for a service category will be exempt from PA for that category. Eligible groups will
be notified by letter in December.

The complete list is available at cascadiahp.com/providers/pa-list.

Provider Relations
Cascadia Health Plan
""")

add('clean-admin', '',
    'Clearinghouse Notifications <status@clearinghouse-support.net>',
    'all-submitters@clearinghouse-support.net',
    'Scheduled maintenance: Sat Dec 12 22:00 - Sun Dec 13 04:00 CT',
    'Thu, 03 Dec 2026 15:00:00 -0600',
    """SCHEDULED MAINTENANCE NOTICE

Window:   Saturday 12/12/2026 22:00 CT - Sunday 12/13/2026 04:00 CT
Impact:   Real-time 270/271 eligibility and 276/277 claim status unavailable.
          Batch 837 files submitted during the window will be queued and processed
          when service resumes. 835 ERA delivery may be delayed up to 6 hours.
Reason:   Database platform upgrade.

No action is required. Please plan front-desk eligibility checks for Monday
appointments accordingly.

Status page: status.clearinghouse-support.net
""")

add('clean-admin', '',
    '"Fiske, Janelle" <jfiske@stlukesvalley.org>',
    'HIM-All <him-all@stlukesvalley.org>',
    'ROI fee schedule update 1/1/27 + reminder on patient requests',
    'Fri, 04 Dec 2026 10:00:00 -0700',
    """Hi everyone,

Starting January 1 the copy fee schedule changes per the state update:

                           2026        2027
  Search/retrieval fee     $15.00      $17.50
  Paper, pages 1-10        $0.75/pg    $0.80/pg
  Paper, 11+               $0.50/pg    $0.55/pg
  Electronic (portal/CD)   $6.50 flat  $6.50 flat
  Patient's own request    flat $6.50 electronic, no search fee (unchanged)

Reminder: patients requesting their OWN records cannot be charged the attorney rate,
even if an attorney's office is the one calling. If in doubt, ask me.

Updated fee sheet is in the ROI shared folder.

Janelle
""",
    charset='windows-1252')

add('clean-admin', '',
    'EDI Enrollment <edi-enrollment@keystoneunitedhealth.com>',
    'Renee Castillo <rcastillo@pinecrestpt.com>',
    'ERA/EFT enrollment confirmation - Pinecrest Physical Therapy',
    'Mon, 30 Nov 2026 11:40:00 -0500',
    """ERA/EFT ENROLLMENT - CONFIRMED

Provider group:   Pinecrest Physical Therapy LLC
TIN:              23-4471902
Group NPI:        1336204418
Payee address:    1100 Ridge Pike, Conshohocken PA 19428
Bank:             Univest Bank, acct ending 2290 (EFT)
ERA delivery:     via clearinghouse, trading partner ID TPX00441
Effective:        12/14/2026 (after prenote)

Paper checks and EOBs will stop after the effective date. Please allow one pay cycle
for the changeover.

Keystone United Health - EDI Services
""")

add('clean-admin', '',
    'Credentialing <credentialing@heartlandcarehp.com>',
    'Dr. Omar Siddiqui <osiddiqui@prairiefamilyclinic.com>',
    'Recredentialing due - action needed by 12/31/2026',
    'Wed, 02 Dec 2026 09:30:00 -0600',
    """Dear Dr. Siddiqui,

Your recredentialing with Heartland Care Health Plan is due. To avoid a lapse in
network participation please complete the following by 12/31/2026:

  1. Re-attest your CAQH ProView profile (last attestation: 06/02/2026)
  2. Upload current malpractice certificate (on file expires 01/01/2027)
  3. Confirm your DEA registration (on file expires 03/31/2027 - no action yet)

Provider ID: HC-P-0044719
NPI: 1447309185

If you have questions, contact your credentialing specialist, Naomi Barr, at
316-281-4600.

Heartland Care Health Plan - Credentialing
""")

add('clean-admin', '',
    'Tri-State Home Medical <orders@tristatehomemedical.com>',
    'Referral Partners <partners@tristatehomemedical.com>',
    'New online ordering portal + updated doc requirements (flyer attached)',
    'Tue, 01 Dec 2026 13:00:00 -0500',
    """Dear referral partners,

Beginning January 4 you can send all DME orders through our new ordering portal
instead of fax. A one-page guide to what Medicare requires for each item category is
attached - please share with your MAs and discharge planners.

Training webinars: Dec 15 at 12pm and Dec 17 at 4pm (30 min). Register by replying.

Thank you for trusting us with your patients!
Tri-State Home Medical
""",
    atts=[att('TSHM_doc_requirements_2027.html', """<html><body style="font-family:Arial">
<h2>What we need to deliver - 2027</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Item</th><th>Required documents</th></tr>
<tr><td>Hospital bed (E0250-E0266)</td><td>Standard Written Order, F2F note within 6 months documenting need for positioning</td></tr>
<tr><td>Oxygen (E1390 etc.)</td><td>SWO, qualifying test (SpO2 or ABG) within 30 days, F2F note</td></tr>
<tr><td>Power mobility (K0800-K0899)</td><td>7-element order, F2F exam, specialty eval, home assessment</td></tr>
<tr><td>CPAP (E0601)</td><td>SWO, sleep study, F2F; 90-day adherence review</td></tr>
<tr><td>Nebulizer (E0570)</td><td>SWO with medication and frequency</td></tr>
</table>
<p>Questions: orders@tristatehomemedical.com | 610-555-0140</p>
</body></html>""", 'text/html')])

add('clean-admin', '',
    'Corvan Mfg Benefits <benefits@corvanmfg.com>',
    'All Corvan Employees <all@corvanmfg.com>',
    'LAST WEEK: Open enrollment closes Friday 12/11',
    'Mon, 07 Dec 2026 07:30:00 -0600',
    """Hi all,

Open enrollment for 2027 benefits closes this Friday, 12/11 at 5pm. If you do nothing,
your current medical/dental/vision elections roll over, but your FSA does NOT - you
must re-elect FSA every year.

What's new for 2027:
 - Medical premiums up 4% on the PPO, flat on the HDHP
 - Company HSA contribution increases to $750 (single) / $1,500 (family)
 - New: Hinge Health virtual PT and a diabetes prevention program at no cost
 - Vision moves from VSP to EyeMed (new cards will be mailed)

Benefits fair recording and plan comparison sheets are on the intranet. Questions?
Stop by HR (Plant 1, next to the break room) or call x4410.

Corinne & the Benefits team
""")

# ============================== clean-staff ================================

add('clean-staff', '',
    'Angela Price <aprice@summitbillingpartners.com>',
    'AR Team <ar-team@summitbillingpartners.com>',
    'Holiday coverage - please sign up by Wed',
    'Mon, 07 Dec 2026 08:12:00 -0600',
    """Morning team,

Same drill as last year - we need at least 2 people on AR follow-up and 1 on posting
each day between Christmas and New Year's. Sign-up sheet is on the Teams channel.
First come first served on the 24th/31st half days.

Also: Rosa and Marisol hit 100% on the Q4 audit. Lunch is on me Friday. 🌮

Angela
""")

add('clean-staff', '',
    'Derek Rourke <drourke@allegiantrecoverygroup.com>',
    'Floor Leads <leads@allegiantrecoverygroup.com>',
    'Nov medical portfolio numbers',
    'Wed, 02 Dec 2026 17:45:00 -0500',
    """Leads,

November numbers for the medical portfolio (all hospital clients):

  Accounts placed:      4,118
  Right-party contacts: 1,207 (29.3%)
  Payment arrangements: 402
  Gross collected:      $611,480
  Liquidation rate:     11.8% (target 12.5%)
  Disputes received:    96 (up from 71 - mostly NSA / insurance-should-have-paid)
  QA fails:             14

We're close. Dispute volume is the story - please make sure your people are routing
insurance disputes back to the client instead of arguing them on the phone.

Derek
""")

add('clean-staff', '',
    'Lori Haskins <lhaskins@heartlandcarehp.com>',
    'UM Nurses <um-nurses@heartlandcarehp.com>',
    'queue is on fire',
    'Thu, 03 Dec 2026 12:30:00 -0600',
    """Hi all - quick one. We're at 412 pended cases in the UM queue, 61 of them within 24
hours of the TAT deadline. Anyone who can take OT tonight or tomorrow, please tell me
by 3. Urgent/expedited first, then oldest standard. I'm asking the MDs to push their
peer-to-peers to the morning.

I know it's been a brutal month. Thank you.

Lori
""")

add('clean-staff', '',
    'Meridian Go-Live PMO <golive-pmo@meridianehr.com>',
    'Lakeview Go-Live Support <lakeview-support@meridianehr.com>',
    'Lakeview go-live: at-the-elbow schedule + hotel info',
    'Fri, 04 Dec 2026 14:00:00 -0500',
    """Team,

Lakeview Medical Group goes live Monday 12/14 at 6:00 AM. Attached below is your
at-the-elbow assignment. Please arrive at the command center (Lakeview admin building,
2nd floor, conf room B) 30 min before your shift.

  Rev cycle / PFS .......... Tasha, Omar, Kristen  (days)
  Front desk / check-in .... Jules, Ben           (days, 6a-2:30p)
  Clinic MAs ............... Ana, Priyanka, Leo   (days)
  Overnight command center . Devin, Sara          (7p-7a, Sun-Wed)

Hotel: Courtyard Lakeview, confirmation numbers sent separately. Per diem $69/day.
Remember: never screenshot patient screens for your own notes - use the issue tracker.

Thanks and safe travels!
PMO
""")

add('clean-staff', '',
    'Courier Dispatch <dispatch@quadrantlabs.com>',
    'Client Services <clientservices@quadrantlabs.com>',
    'Route 7 pickup times changing Monday',
    'Fri, 04 Dec 2026 09:50:00 -0800',
    """FYI - starting Monday 12/7 Route 7 (Green Valley / Sunset / Oak Knoll) moves to
the later run. New pickup times:

  Green Valley FP ....... 4:15 pm (was 3:30)
  Sunset Pediatrics ..... 4:40 pm (was 3:50)
  Oak Knoll Cardiology .. 5:05 pm (was 4:20)

Please let the offices know. Frozen specimens still need to go in the frozen tote, not
the ambient bag - we've had a few issues lately.

Ray
""")

add('clean-staff', '',
    'Paul Grady <pgrady@baxtermemorial.org>',
    'Lorraine Whitt <lwhitt@baxtermemorial.org>',
    'RE: scanner + backlog',
    'Tue, 01 Dec 2026 16:20:00 -0500',
    """Lorraine - Biomed says the Fujitsu in ROI is toast, replacement ships Thursday. In
the meantime you can use the one in Admitting after 5pm.

Re the backlog: 340 open requests, 41 past the 30-day mark. I'll ask Finance about a
temp for January. Can you send me the breakdown by requester type (attorney vs patient
vs insurer) so I can justify it?

Paul

-----Original Message-----
From: Lorraine Whitt
Sent: Tuesday, December 1, 2026 2:05 PM
To: Paul Grady
Subject: scanner + backlog

Paul, the ROI scanner died again this morning. We're falling further behind. Help?
""")

# ============================== clean-news =================================

add('clean-news', '',
    'Payer Policy Digest <digest@payerpolicyweekly.com>',
    'subscribers@payerpolicyweekly.com',
    'This week: prior auth API deadline, gold carding spreads, MA audits',
    'Mon, 30 Nov 2026 06:15:00 -0500',
    """PAYER POLICY WEEKLY - November 30, 2026

1. PRIOR AUTH API DEADLINE APPROACHES
Impacted payers (MA, Medicaid, CHIP, QHP on the FFEs) must have a FHIR-based Prior
Authorization API live by January 1, 2027. Surveys suggest fewer than half of regional
plans are production-ready; most are relying on vendor platforms. Providers should not
expect ePA through the EHR to be universal next year.

2. GOLD CARDING LAWS NOW IN 14 STATES
Three more states passed laws this fall exempting high-approval-rate providers from
PA. Plans say administrative savings have been smaller than advocates predicted.

3. RADV AUDITS EXPAND
CMS says it will audit all MA contracts for payment year 2020 onward. Expect more
medical record requests hitting provider offices in Q1.

Read the full issue at payerpolicyweekly.com. Forward to a colleague!
""")

add('clean-news', '',
    'RxNova Formulary Updates <formulary@rxnovapbm.com>',
    'prescriber-updates@rxnovapbm.com',
    'Q1 2027 formulary changes: GLP-1s, biosimilars, insulin',
    'Wed, 02 Dec 2026 08:00:00 -0600',
    None,
    html_only=True,
    html="""<html><head><style>
h1{font-family:Georgia,serif;color:#003a5d} td,p,li{font-family:Arial;font-size:10.5pt}
.tbl td{border-bottom:1px solid #ddd;padding:5px}
</style></head><body>
<h1>Q1 2027 Formulary Update</h1>
<p>Effective January 1, 2027 for Commercial and Exchange formularies. Members affected by a negative change receive a letter 30 days in advance and a one-time transition fill.</p>
<table class="tbl">
<tr><td><b>Semaglutide (Ozempic)</b></td><td>Remains preferred; PA required with A1C &ge; 7.0 within 90 days for T2D indication</td></tr>
<tr><td><b>Tirzepatide (Mounjaro)</b></td><td>Moves to non-preferred; step through preferred GLP-1</td></tr>
<tr><td><b>GLP-1s for weight management</b></td><td>Excluded unless employer has purchased the weight-management rider</td></tr>
<tr><td><b>Adalimumab</b></td><td>Humira removed; biosimilars (adalimumab-adaz, -aacf) preferred</td></tr>
<tr><td><b>Insulin glargine</b></td><td>Lantus removed; Semglee and unbranded biosimilar preferred, $35 cap</td></tr>
</table>
<p>Full lists and PA criteria: rxnovapbm.com/formulary. Electronic PA via CoverMyMeds and Surescripts.</p>
<p style="font-size:8pt;color:#888">You are receiving this as a prescriber in the RxNova network. RxNova PBM, Inc.</p>
</body></html>""")

add('clean-news', '',
    'Jim Carver <jcarver@summitbillingpartners.com>',
    'Angela Price <aprice@summitbillingpartners.com>',
    'FW: IDR volumes article - worth a read',
    'Thu, 03 Dec 2026 12:10:00 -0600',
    """Ang - interesting piece, explains why anesthesia/radiology NSA disputes are
backing up. Might be useful context for the client meeting next week.

Jim
""",
    atts=[fwdatt('RevCycle Today <newsletter@revcycletoday.com>', 'jcarver@summitbillingpartners.com',
                 'Federal IDR backlog tops 600,000 disputes as providers win most cases',
                 'Wed, 02 Dec 2026 06:00:00 -0500',
                 """REVCYCLE TODAY

Federal IDR backlog tops 600,000 disputes as providers win most cases

The independent dispute resolution process created by the No Surprises Act continues
to be swamped, with more than 600,000 disputes awaiting determination as of the end of
Q3, according to new federal data. Providers - mostly large emergency medicine,
anesthesia and radiology groups - prevailed in roughly 80% of payment determinations.

Health plans argue that the volume is being driven by a handful of private-equity
backed groups and that high awards are pushing up premiums. Provider groups counter
that insurers' qualifying payment amounts are artificially low.

Meanwhile, patients remain protected from balance bills for out-of-network emergency
care and for ancillary services at in-network facilities; the disputes are between
providers and plans only.

Rev-cycle leaders interviewed for this story said open negotiation periods are often
ignored by payers, and recommended documenting every attempt.
""")])

add('clean-news', '',
    'Sunrise Health Plan <news@sunrisehealthplan.com>',
    'members@lists.sunrisehealthplan.com',
    'Winter wellness: flu shots, urgent care vs. ER, and your 2027 ID card',
    'Tue, 01 Dec 2026 10:00:00 -0700',
    """Sunrise Health Plan | Member Newsletter | December 2026

FLU SEASON IS HERE
It's not too late to get your flu vaccine. It's covered at $0 at in-network pharmacies
and your doctor's office. Children 6 months and older should get one too.

URGENT CARE OR ER?
For a sprain, a sore throat or a mild fever, urgent care is usually faster and costs
less (copay $40 vs $250 for the ER). For chest pain, trouble breathing, stroke symptoms
or a serious injury, call 911 or go to the nearest ER - you're covered at any hospital
in an emergency.

NEW ID CARDS FOR 2027
Watch your mailbox in late December. Your member ID number isn't changing, but the
pharmacy information on the back is.

Boletín disponible en español: sunrisehealthplan.com/es

Questions? 1-888-410-2200 (TTY 711)
""")

add('clean-news', '',
    'Lab Industry Insider <insider@labindustryinsider.com>',
    'subscribers@labindustryinsider.com',
    'Courts, CMS and the LDT rule: where things stand',
    'Fri, 04 Dec 2026 05:30:00 -0500',
    """LAB INDUSTRY INSIDER

After last year's court decision vacating the FDA's rule on laboratory-developed tests,
the agency has said it will not appeal, leaving LDT oversight primarily with CLIA. Some
lawmakers have revived the VALID Act framework, but prospects in the current session
are uncertain.

Separately, CMS confirmed that the PAMA clinical lab fee schedule cuts are delayed
again, to January 2028. ACLA called the delay "necessary but not sufficient."

Also this week: hospital outreach labs continue to be sold to national reference labs;
we count 11 such deals in 2026, and a courier shortage in rural areas is pushing
specimen rejection rates up, according to a CAP survey of 212 labs.
""")

add('clean-news', '',
    'WorkComp Wire <wire@workcompwire.com>',
    'subscribers@workcompwire.com',
    'State updates: new medical fee schedules for 2027',
    'Thu, 03 Dec 2026 07:00:00 -0500',
    """WORKCOMP WIRE - STATE UPDATES

MASSACHUSETTS: The Department of Industrial Accidents adopted a new medical fee
schedule tied to 2027 Medicare RVUs at 135%, up from 128%. Physical therapy gets a
separate multiplier.

PENNSYLVANIA: Effective 1/1/27 the Bureau of WC will require electronic billing
(837/835) for all providers with more than 50 WC bills a year.

CALIFORNIA: The IMR program reported a 9% uphold rate for utilization review
decisions in Q3, unchanged from Q2. Most disputed: pain medications and spine surgery.

NEW YORK: Drug formulary expands to include two new non-opioid analgesics.

Subscribe to our weekly claims podcast - link in bio.
""")

# ============================== clean-training =============================

X837_TRAIN = """EXAMPLE 837P - PROFESSIONAL CLAIM (FOR TRAINING ONLY - NOT A REAL CLAIM)
Segment terminator ~, element separator *, sub-element :

ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *270101*1200*^*00501*000000001*0*T*:~
GS*HC*SUBMITTERID*RECEIVERID*20270101*1200*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*0123*20270101*1200*CH~
NM1*41*2*SAMPLE BILLING SERVICE*****46*TGJ23~
NM1*40*2*SAMPLE PAYER*****46*66783JJT~
HL*1**20*1~
NM1*85*2*SAMPLE CLINIC*****XX*1234567893~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*DOE*JOHN*T***MI*123456789A~
N3*123 MAIN STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*M~
CLM*26463774*100***11:B:1*Y*A*Y*I~
HI*ABK:Z0000~
LX*1~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20270101~
SE*19*0001~GE*1*1~IEA*1*000000001~

Notes for trainees:
- Loop 2010BA (NM1*IL) is the subscriber. When the patient is not the subscriber you add
  HL*3 with HL04=0 and loop 2010CA (NM1*QC).
- Z00.00 in HI is a placeholder; always code to the chart.
- ISA15 = T marks a test interchange. Never send P in the training environment.
"""

add('clean-training', '',
    'Training Coordinator <training@summitbillingpartners.com>',
    'New Hires <newhires@summitbillingpartners.com>',
    'Week 2 materials: reading an 837P',
    'Mon, 07 Dec 2026 07:45:00 -0600',
    """Welcome to week 2! Before Tuesday's session please read the attached annotated
example 837P. We'll walk through it loop by loop and then you'll build one in the test
environment. Bring questions.

Quiz Thursday covers: loops 2000A-2400, the CLM segment, and the difference between
subscriber and patient.
""",
    atts=[att('837P_annotated_example.txt', X837_TRAIN)])

HL7_SPEC = r"""4.3 ORM^O01 inbound - sample message (test patient)

MSH|^~\&|CLINICEMR|SITE01|QLAB|QLAB|20270101120000||ORM^O01|MSG00001|T|2.3
PID|1||000000001^^^SITE01^MR||TEST^PATIENT^A||19000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000
PV1|1|O|SITE01||||9999999999^PROVIDER^TEST
ORC|NW|ORD0001
OBR|1|ORD0001||CBC^COMPLETE BLOOD COUNT^L|||20270101110000

Field notes:
  PID-3   Must include assigning authority. MRN only, no SSN.
  PID-5   Family^Given^Middle. Max 48 chars.
  PID-7   YYYYMMDD. 19000101 is used for test patients only.
  OBR-4   Use Quadrant order codes (see appendix B), not CPT.
  MSH-11  T in test environment, P in production.
"""

add('clean-training', '',
    'Interface Team <interfaces@quadrantlabs.com>',
    'Kyle Moreno <kmoreno@oakknollcardiology.com>',
    'Quadrant Lab order interface spec v3.2 + test plan',
    'Tue, 01 Dec 2026 11:00:00 -0800',
    """Kyle,

As discussed, the spec section for inbound orders is pasted below, full PDF is on the
SFTP. Please send 10 test orders using the TEST^PATIENT naming (no real patients in the
test environment, please) and we'll validate by Friday.

""" + HL7_SPEC + """
Thanks,
Quadrant Interface Team
""")

add('clean-training', '',
    'Janelle Fiske <jfiske@stlukesvalley.org>',
    'HIM-All <him-all@stlukesvalley.org>',
    'ROI training quiz - due Friday',
    'Wed, 02 Dec 2026 08:30:00 -0700',
    """Hi all, annual ROI refresher quiz below. Reply with your answers by Friday. These
are made-up scenarios - don't look anyone up!

1. A man calls saying he is Patient A's husband and needs her ER records for their
   car insurance claim. He knows her DOB. What do you do?

2. An attorney sends a subpoena signed only by the attorney (not a judge) with no
   patient authorization and no evidence the patient was notified. Can you release?

3. Patient B requests her own records be emailed to her Gmail account unencrypted.
   She says she understands the risk. Can you send it?

4. A life insurer sends an authorization signed 14 months ago. The form says it
   expires "one year from signature." Valid?

5. A request for "all records" includes a substance use disorder program note from
   our Part 2 program. What extra requirement applies?

Bonus: What's the turnaround time we promise on patient requests?

Janelle
""")

add('clean-training', '',
    'Denials Academy <events@denialsacademy.com>',
    'Rosa Ibarra <ribarra@summitbillingpartners.com>',
    'Webinar Dec 10: Winning medical necessity appeals (case studies)',
    'Thu, 03 Dec 2026 09:00:00 -0500',
    None,
    html_only=True,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<h2 style="color:#5a2d82">Winning Medical Necessity Appeals</h2>
<p><b>Thursday, December 10 | 1:00-2:00 PM ET | 1 CEU (AAPC/AHIMA)</b></p>
<p>Join appeals specialist Monica Hale, CPC, CRCR, as she walks through three real (de-identified) appeals:</p>
<ol>
<li><b>Case 1:</b> A 58-year-old member denied lumbar MRI for lack of conservative therapy &mdash; how a PT discharge summary overturned it on first-level appeal.</li>
<li><b>Case 2:</b> Inpatient vs. observation for a 2-midnight stay &mdash; using the physician's expectation at admission.</li>
<li><b>Case 3:</b> A pediatric growth hormone denial &mdash; when peer-to-peer beats paper.</li>
</ol>
<p>Templates for LMNs and appeal letters are included for attendees.</p>
<p><a href="https://denialsacademy.com/register/dec10" style="background:#5a2d82;color:#fff;padding:10px 18px;text-decoration:none">Register &ndash; $49</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you attended a past Denials Academy event. Unsubscribe.</p>
</body></html>""")

SYNTH = """{
  "resourceType": "Patient",
  "id": "b7e1c5a2-0d3f-4e9b-9a61-5f2c8e1d7a40",
  "meta": {"tag": [{"system": "https://sandbox.meridianehr.com/tags", "code": "synthetic", "display": "Synthea-generated test data"}]},
  "name": [{"use": "official", "family": "Brekke496", "given": ["Aaron697", "Lemuel304"], "prefix": ["Mr."]}],
  "gender": "male",
  "birthDate": "1962-08-14",
  "address": [{"line": ["1042 Kuhn Crossroad Unit 7"], "city": "Springfield", "state": "MA", "postalCode": "01104"}],
  "identifier": [{"system": "https://github.com/synthetichealth/synthea", "value": "b7e1c5a2-0d3f-4e9b-9a61-5f2c8e1d7a40"}]
}
"""

add('clean-training', '',
    'Meridian Developer Program <devprogram@meridianehr.com>',
    'Sandbox Users <sandbox-users@meridianehr.com>',
    'Sandbox refresh complete - new synthetic patients loaded',
    'Fri, 04 Dec 2026 18:00:00 -0500',
    """Hello developers,

The FHIR sandbox (sandbox.meridianehr.com/fhir/R4) was refreshed tonight with a new set
of 1,200 Synthea-generated synthetic patients. All patient IDs from the previous
sandbox are invalid. Names in the new data set follow Synthea's convention (numeric
suffixes, e.g. "Aaron697 Brekke496") so they can't be confused with real people.

A sample Patient resource is attached. Useful test patients for common scenarios:
  - Brekke496, Aaron697 : 12 encounters, 3 ExplanationOfBenefit, active Coverage
  - Ruecker817, Tia113   : pediatric, immunization history
  - Haag279, Marcelino726: long medication list, 2 AllergyIntolerance

Reminder: the sandbox is for synthetic data only. Never load production data.

Meridian Developer Program
""",
    atts=[att('sample_patient_synthetic.json', SYNTH, 'application/json')])

CODING_CSV = """case,scenario,your_icd10,your_cpt
1,"72-year-old female, established patient, presents for follow-up of type 2 diabetes with CKD stage 3a; A1C reviewed; metformin dose reduced; 25 min total time",,
2,"45-year-old male, new patient, right knee pain after fall 2 weeks ago; x-ray ordered; referred to ortho",,
3,"30-year-old G2P1 at 32 weeks, routine prenatal visit, no complications",,
4,"8-year-old, well-child visit with flu vaccine administered (IM, quadrivalent)",,
5,"66-year-old, Medicare annual wellness visit, subsequent; depression screening performed, negative",,
"""

add('clean-training', '',
    'Coding Education <coding.ed@lakeviewmedgroup.com>',
    'Coders <coders@lakeviewmedgroup.com>',
    'December coding practice set (5 cases) - answers next week',
    'Mon, 07 Dec 2026 08:00:00 -0500',
    """Hi coders,

This month's practice set is attached as a CSV - fill in the ICD-10 and CPT columns and
send it back to me by 12/14. These are composite cases written for training, not from
our charts. Answers and rationale go out on the 15th. 2 CEUs for anyone who scores 80%+.

Happy coding,
Marguerite
""",
    atts=[zipatt('coding_practice_dec.zip', [('coding_practice_dec.csv', CODING_CSV)])])


# Transfer encodings as the sending clients would have chosen them (phones and
# webmail often send 8bit or base64; Outlook mostly quoted-printable).
_CTE = {
    ('phi-ids', 1): 'base64', ('phi-ids', 5): '8bit', ('phi-ids', 11): '8bit',
    ('phi-names', 3): '8bit', ('phi-names', 2): '8bit', ('phi-self', 1): '8bit',
    ('phi-self', 3): 'base64', ('phi-self', 6): '8bit', ('phi-care', 3): '8bit',
    ('phi-struct', 2): '8bit', ('clean-staff', 1): 'base64', ('clean-staff', 3): '8bit',
    ('clean-lookalike', 3): '8bit', ('clean-news', 4): '8bit', ('phi-lists', 4): '8bit',
    ('phi-lists', 5): '8bit',
}
_seen = {}
for _d in M:
    _seen[_d['kind']] = _seen.get(_d['kind'], 0) + 1
    if _d['cte'] is None and (_d['kind'], _seen[_d['kind']]) in _CTE:
        _d['cte'] = _CTE[(_d['kind'], _seen[_d['kind']])]

# Some senders use Outlook, which sends a text/html alternative of the same text.
import html as _html

def outlook_html(text, disclaimer):
    paras = []
    for line in text.split('\n'):
        if line.startswith('-----Original Message-----'):
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"></div>')
            continue
        esc = _html.escape(line, quote=False) if line.strip() else '&nbsp;'
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + '\n'.join(paras) +
            '\n<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">' + _html.escape(disclaimer, quote=False) +
            '</span></p>\n</div>\n</body>\n</html>\n')

_OUTLOOK = {
    ('phi-care', 1): 'CONFIDENTIALITY NOTICE: This message may contain protected health information. '
                     'If you received it in error, notify the sender and delete it. Heartland Care Health Plan.',
    ('phi-ids', 7): 'This e-mail is intended only for the named recipient and may contain confidential '
                    'information. Northgate Assurance Company.',
    ('clean-admin', 5): 'This e-mail and any attachments are confidential. Heartland Care Health Plan.',
    ('phi-names', 5): 'Holloway Engineering Group - internal use only.',
    ('clean-staff', 6): 'Baxter Memorial Hospital. Please consider the environment before printing this e-mail.',
    ('phi-lists', 2): 'Summit Billing Partners LLC - CONFIDENTIAL. This message may contain patient '
                      'information protected by federal and state law.',
}
_seen = {}
for _d in M:
    _seen[_d['kind']] = _seen.get(_d['kind'], 0) + 1
    _k = (_d['kind'], _seen[_d['kind']])
    if _k in _OUTLOOK and not _d['html']:
        _d['html'] = outlook_html(_d['body'], _OUTLOOK[_k])

# ---------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for d in M:
        k = d['kind']
        counters[k] = counters.get(k, 0) + 1
        fn = '%s-%03d.eml' % (k, counters[k])
        label = k.split('-')[0]
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(build(d).as_bytes(policy=policy.default))
        rows.append((fn, label, k, d['patient'] if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))
    for k in sorted(counters):
        print('  %-16s %d' % (k, counters[k]))


if __name__ == '__main__':
    main()
