#!/usr/bin/python3
"""Generates the phi-hl7, phi-x12, phi-fhir and neg-interchange corpus categories.

Interface and billing teams mail HL7 v2 messages, X12 transactions and FHIR resources every day.
phi-hl7 holds ADT, ORU and SIU messages; phi-x12 837P/837I claims, 835 remittances, 270/271
eligibility, 276 claim status and 834 enrolment; phi-fhir Patient resources and Bundles in JSON,
XML and NDJSON. Each category mixes the carriers: pasted into the body, quoted in a reply,
attached under its own MIME type, attached as application/octet-stream or text/plain with a name
that says nothing, and zipped. neg-interchange holds documents of the same formats with no
patient in them: HL7 ACK and MFN, X12 997, 999 and TA1, a FHIR CapabilityStatement,
OperationOutcome, ValueSet and a Practitioner directory entry.

Writes Corpus/<category>/NNN.eml and replaces these categories' lines of Corpus/labels.jsonl (the
other lines are kept, sorted). Standard library only; the bytes are the same on every run.

    python3 Corpus/generate_interchange.py [--out Corpus]

Every name, number and address is made up; identifiers have valid check digits and structure.
"""
import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_tables import CANONICAL, message, zipped  # noqa: E402


def npi(base):
    """A 10-digit NPI: `base` (9 digits) and its Luhn check digit over the 80840 prefix."""
    digits = [int(d) for d in "80840" + base]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


ISA_PREFIX = "ISA*00*          *00*          *ZZ*{:<15}*ZZ*{:<15}*240311*1415*^*00501*{:09d}*0*P*:~"


def isa(sender, receiver, control):
    return ISA_PREFIX.format(sender, receiver, control)


def x12(sender, receiver, control, gs, segments):
    """A whole interchange: ISA, GS, ST … SE (with its count), GE, IEA; `segments` without ST/SE."""
    st = segments[0]
    body = [st] + segments[1:]
    out = [isa(sender, receiver, control), gs] + body + [f"SE*{len(body) + 1}*0001", f"GE*1*{control}",
                                                        f"IEA*1*{control:09d}"]
    return "~".join(s.rstrip("~") for s in out) + "~"


def fields(seg_id, values):
    """An HL7 segment with `values` ({field number: value}) in their places, empty fields between."""
    out = [seg_id] + [""] * max(values)
    for n, v in values.items():
        out[n] = v
    return "|".join(out)


def hl7(segments, sep="\r"):
    return sep.join(segments) + sep


# ---------------------------------------------------------------------------------------------
# HL7 v2

MSH = "MSH|^~\\&|{app}|RIVERBEND|{dest}|RIVERBEND|{ts}||{type}|{ctrl}|P|2.5.1"


def msh(app, dest, ts, mtype, ctrl):
    return MSH.format(app=app, dest=dest, ts=ts, type=mtype, ctrl=ctrl)


def phi_hl7():
    msgs = []
    adt = hl7([msh("EPICADT", "LABSYS", "20240311081502", "ADT^A01^ADT_A01", "RB240311001"),
               "EVN|A01|20240311081500",
               "PID|1||30418862^^^RIVERBEND^MR~412673398^^^SSA^SS||THORNBURY^CLARISSA^JUNE||19580619|F|||"
               "2207 WILLOW CREEK RD^^DAYTON^OH^45419||^PRN^PH^^1^937^5550162|||||RB7781343",
               "PV1|1|I|3W^312^A||||1669754322^OKONJO^ADA^^^DR|||MED||||1|||1669754322^OKONJO^ADA^^^DR|IN||||||||||||||||||||||||20240311080000",
               "DG1|1||I21.4^Non-ST elevation (NSTEMI) myocardial infarction^I10|||A"], "\r\n")
    msgs.append(("ADT A01 not crossing to lab", "Lab says they never got this admit. Here is the raw message from the engine log:\n\n"
                 + adt + "\nCan someone check the route?\n\nKeisha\nInterface Team\n", [],
                 ["SSN", "MRN", "ICD10", "DOB", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS"]))
    oru = hl7([msh("LABSYS", "EPIC", "20240311101233", "ORU^R01^ORU_R01", "LB55120"),
               "PID|1||30422957^^^RIVERBEND^MR||VANTERPOOL^DESMOND||19700207|M",
               "OBR|1||LB55120-1|4548-4^Hemoglobin A1c^LN|||20240311090000",
               "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.2|%|4.0-5.6|H|||F",
               "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10"], "\n")
    quoted = "\n".join("> " + ln for ln in oru.strip().split("\n"))
    msgs.append(("Re: A1c result not filing", "Fixed the OBX-5 type on our side, please resend.\n\n"
                 "On Mon, Mar 11, 2024 at 10:20 AM Lab Interfaces wrote:\n> This one errored in the inbound queue:\n>\n"
                 + quoted + "\n>\n> Thanks\n", [], ["MRN", "ICD10", "DOB", "NAME", "DIAGNOSIS"]))
    siu = hl7([msh("CADENCE", "RADPACS", "20240311120000", "SIU^S12^SIU_S12", "SC88121"),
               "SCH|1|55667||||ROUTINE|MRI KNEE^MRI left knee without contrast|||30|MIN",
               "PID|1||30427730^^^RIVERBEND^MR||ABERNATHY^LEWIS^P||19830925|M|||88 HARBOR VIEW DR^^DAYTON^OH^45402||^PRN^PH^^1^937^5550188",
               "AIS|1||MRI^MRI KNEE|20240315093000|||30|MIN"])
    msgs.append(("SIU feed sample", "Sample S12 from Cadence attached for the mapping review.",
                 [("s12_sample.hl7", "x-application/hl7-v2+er7", siu.encode())], ["MRN", "DOB", "NAME", "PHONE", "ADDRESS"]))
    a08 = hl7([msh("EPICADT", "BILLING", "20240311131500", "ADT^A08^ADT_A01", "RB240311044"),
               "EVN|A08|20240311131500",
               "PID|1||30431106^^^RIVERBEND^MR~287551904^^^SSA^SS||DELACROIX^MIREILLE||19490112|F|||"
               "415 SYCAMORE ST^^KETTERING^OH^45429||^PRN^PH^^1^937^5550119",
               fields("IN1", {1: "1", 2: "MCR01", 3: "MEDICARE", 4: "MEDICARE PART A AND B", 36: "4TQ9AX2HK58"})])
    msgs.append(("A08 rejected by billing", "Billing rejects the attached update, says IN1-36 is bad.",
                 [("msg_0311_1315.dat", "application/octet-stream", a08.encode())],
                 ["SSN", "MRN", "MBI", "DOB", "NAME", "PHONE", "ADDRESS"]))
    a04 = hl7([msh("REGSYS", "EPIC", "20240311141000", "ADT^A04^ADT_A01", "RG10022"),
               "PID|1||30433381^^^RIVERBEND^MR||FAIRWEATHER^OSWALD^T||19670430|M|||19 QUARRY LN^^MIAMISBURG^OH^45342||^PRN^PH^^1^937^5550176",
               "PV1|1|O|CLINIC^^^RIVERBEND||||||||||||||||RV99021",
               fields("IN1", {1: "1", 2: "BCBS01", 3: "BCBSOH", 4: "BLUE CROSS BLUE SHIELD OF OHIO", 36: "ZGH448812305"})])
    msgs.append(("registration message", "The registration message is in the attached text file.",
                 [("registration.txt", "text/plain", a04.replace("\r", "\r\n").encode())],
                 ["MRN", "MEMBER_ID", "DOB", "NAME", "PHONE", "ADDRESS"]))
    batch = []
    for i, (last, first, dob, mrn, dx, dxname) in enumerate([
            ("KASPRZAK", "HELENA", "19610304", "30440017", "I10", "Essential (primary) hypertension"),
            ("OYELARAN", "TUNDE", "19770815", "30440128", "E78.5", "Hyperlipidemia, unspecified"),
            ("MACALLISTER", "GRACE", "19520721", "30440239", "I50.9", "Heart failure, unspecified"),
            ("PEREGRINE", "SAMUEL", "19880109", "30440340", "K21.9", "Gastro-esophageal reflux disease without esophagitis"),
            ("VILLANUEVA", "ROSARIO", "19450527", "30440451", "N39.0", "Urinary tract infection, site not specified")]):
        batch.append((f"adt_{i + 1:02d}.hl7", hl7([
            msh("EPICADT", "ARCHIVE", f"2024031115{i:02d}00", "ADT^A03^ADT_A03", f"RB24031110{i}"),
            f"PID|1||{mrn}^^^RIVERBEND^MR||{last}^{first}||{dob}|U",
            fields("PV1", {1: "1", 2: "I", 3: f"4E^40{i}^B", 10: "MED", 44: f"2024030{i + 2}0700", 45: f"2024031{i % 2}1100"}),
            f"DG1|1||{dx}^{dxname}^I10"]).encode()))
    msgs.append(("discharge batch for archive", "Zip of yesterday's A03s for the archive vendor test.",
                 [("a03_batch.zip", "application/zip", zipped(batch))], ["MRN", "ICD10", "DOB", "DATE", "NAME", "DIAGNOSIS"]))
    oru2 = hl7([msh("LABSYS", "EPIC", "20240311161005", "ORU^R01^ORU_R01", "LB55301"),
                "PID|1||30429914^^^RIVERBEND^MR||NAKASHIMA^EMIKO||19910318|F",
                "OBR|1||LB55301-1|2160-0^Creatinine^LN",
                "OBX|1|NM|2160-0^Creatinine^LN||2.4|mg/dL|0.6-1.1|H|||F",
                "DG1|1||N17.9^Acute kidney failure, unspecified^I10"], "\n")
    msgs.append(("creatinine result question", "Dr. Osei asked why this critical creatinine did not page. Message:\n\n"
                 + oru2 + "\nOBX-8 is H, not HH, so no page rule fired. Working as built but we should add HH.\n",
                 [], ["MRN", "ICD10", "DOB", "NAME", "DIAGNOSIS"]))
    a03 = hl7([msh("EPICADT", "HIM", "20240311170000", "ADT^A03^ADT_A03", "RB240311090"),
               "PID|1||30435562^^^RIVERBEND^MR||LINDQVIST^ASTRID^M||19600802|F|||771 CEDAR POINT CT^^CENTERVILLE^OH^45459",
               "PV1|1|I|5N^512^A|||||||SUR|||||||||||||||||||||||||||||||||20240306060000|20240311100000",
               "DG1|1||M17.11^Unilateral primary osteoarthritis, right knee^I10",
               "PR1|1||0SRC0J9^Replacement of right knee joint^I10P"])
    msgs.append(("A03 for HIM", "Per HIM, attaching the discharge as requested.",
                 [("discharge.hl7", "application/hl7-v2", a03.encode())],
                 ["MRN", "ICD10", "DOB", "DATE", "NAME", "ADDRESS", "DIAGNOSIS"]))
    return msgs


# ---------------------------------------------------------------------------------------------
# X12

def phi_x12():
    msgs = []
    bill = npi("146802577")
    c837 = x12("RIVERBENDMG", "CLEARHOUSE01", 1101, "GS*HC*RIVERBENDMG*CLEARHOUSE01*20240311*1415*1101*X*005010X222A1", [
        "ST*837*0001*005010X222A1", "BHT*0019*00*RB1101*20240311*1415*CH",
        "NM1*41*2*RIVERBEND MEDICAL GROUP*****46*RBMG01", "PER*IC*BILLING OFFICE*TE*9375550100",
        "NM1*40*2*CLEARHOUSE*****46*CH01", "HL*1**20*1", f"NM1*85*2*RIVERBEND MEDICAL GROUP*****XX*{bill}",
        "N3*500 MAIN ST", "N4*DAYTON*OH*45402", "REF*EI*311234567", "HL*2*1*22*0", "SBR*P*18*GRP5521******CI",
        "NM1*IL*1*QUINTERO*ELENA****MI*YHX220457819", "N3*63 BRAMBLE WAY", "N4*DAYTON*OH*45420", "DMG*D8*19740911*F",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*77021", "CLM*RB88121*185***11:B:1*Y*A*Y*Y", "HI*ABK:M54.50*ABF:M54.16",
        "LX*1", "SV1*HC:99214*185*UN*1***1", "DTP*472*D8*20240308"])
    msgs.append(("837 rejected at clearinghouse", "Clearinghouse rejected this claim (loop 2010BA). Segments below:\n\n"
                 + c837.replace("~", "~\n") + "\n\nMarcus\n", [],
                 ["MEMBER_ID", "ICD10", "DOB", "DATE", "NAME", "ADDRESS"]))
    c837b = x12("RIVERBENDMG", "CLEARHOUSE01", 1102, "GS*HC*RIVERBENDMG*CLEARHOUSE01*20240311*1420*1102*X*005010X222A1", [
        "ST*837*0001*005010X222A1", "BHT*0019*00*RB1102*20240311*1420*CH",
        "NM1*41*2*RIVERBEND MEDICAL GROUP*****46*RBMG01", "NM1*40*2*CLEARHOUSE*****46*CH01", "HL*1**20*1",
        f"NM1*85*2*RIVERBEND MEDICAL GROUP*****XX*{bill}", "HL*2*1*22*0", "SBR*P*18*******MB",
        "NM1*IL*1*HOLLOWAY*BERNARD****MI*7HV2CJ6WN41", "DMG*D8*19440316*M", "REF*SY*523418876",
        "NM1*PR*2*MEDICARE*****PI*15004", "CLM*RB88150*240***11:B:1*Y*A*Y*Y", "HI*ABK:I48.91*ABF:I10",
        "LX*1", "SV1*HC:93000*40*UN*1***1", "DTP*472*D8*20240307"])
    msgs.append(("claim file for resubmission", "Corrected 837 attached.",
                 [("rb88150.837", "application/edi-x12", c837b.encode())],
                 ["SSN", "MBI", "ICD10", "DOB", "DATE", "NAME"]))
    r835 = x12("BUCKEYEHP", "RIVERBENDMG", 2201, "GS*HP*BUCKEYEHP*RIVERBENDMG*20240311*0600*2201*X*005010X221A1", [
        "ST*835*0001", "BPR*I*312.40*C*ACH*CCP*01*041000124*DA*55012*1311234567**01*042000314*DA*88190*20240312",
        "TRN*1*0311882*1311234567", "DTM*405*20240311", "N1*PR*BUCKEYE HEALTH PLAN", "N3*PO BOX 4400",
        "N4*COLUMBUS*OH*43216", f"N1*PE*RIVERBEND MEDICAL GROUP*XX*{bill}", "LX*1",
        "CLP*RB87990*1*410*312.40*97.60*12*BHP240301778*11*1", "NM1*QC*1*STRAUSS*MILDRED****MI*YHX118830452",
        "DTM*232*20240226", "SVC*HC:99215*260*212.40**1", "DTM*472*20240226", "CAS*PR*2*47.60",
        "SVC*HC:36415*150*100**1", "CAS*CO*45*50", "CLP*RB87991*4*120*0*0*12*BHP240301779*11*1",
        "NM1*QC*1*OGUNWALE*FEMI****MI*YHX118830991", "DTM*232*20240227", "CAS*CO*29*120"])
    msgs.append(("ERA question", "Two claims on this remit look wrong, second one denied for timely filing.",
                 [("era_20240311.txt", "application/octet-stream", r835.replace("~", "~\r\n").encode())],
                 ["MEMBER_ID", "DATE", "NAME"]))
    e271 = x12("BUCKEYEHP", "RIVERBENDMG", 3301, "GS*HB*BUCKEYEHP*RIVERBENDMG*20240311*0915*3301*X*005010X279A1", [
        "ST*271*0001*005010X279A1", "BHT*0022*11*EL3301*20240311*0915", "HL*1**20*1",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*77021", "HL*2*1*21*1", f"NM1*1P*2*RIVERBEND MEDICAL GROUP*****XX*{bill}",
        "HL*3*2*22*0", "TRN*2*EL3301-7*9311234567", "NM1*IL*1*BRANNIGAN*ROSALIND****MI*YHX330918274",
        "N3*1402 LARKSPUR DR", "N4*BEAVERCREEK*OH*45431", "DMG*D8*19860504*F", "DTP*291*D8*20240101",
        "EB*1*IND*30**GOLD PPO", "EB*C*IND*30***23*1500", "MSG*DEDUCTIBLE MET 350.00"])
    quoted = "\n".join("> " + s + "~" for s in e271.rstrip("~").split("~"))
    msgs.append(("Re: eligibility response", "Thanks, looks active. I'll schedule her.\n\n"
                 "On Mon, Mar 11, 2024 at 9:20 AM Eligibility Desk wrote:\n> 271 back from Buckeye:\n>\n" + quoted + "\n",
                 [], ["MEMBER_ID", "DOB", "NAME", "ADDRESS"]))
    e270 = x12("RIVERBENDMG", "BUCKEYEHP", 3302, "GS*HS*RIVERBENDMG*BUCKEYEHP*20240311*0930*3302*X*005010X279A1", [
        "ST*270*0001*005010X279A1", "BHT*0022*13*EL3302*20240311*0930", "HL*1**20*1",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*77021", "HL*2*1*21*1", f"NM1*1P*2*RIVERBEND MEDICAL GROUP*****XX*{bill}",
        "HL*3*2*22*0", "TRN*1*EL3302-1*9311234567", "NM1*IL*1*ESCOBEDO*RAMONA****MI*YHX551207736",
        "DMG*D8*19690127*F", "DTP*291*D8*20240311", "EQ*30"])
    msgs.append(("270 for testing", "Inquiry file attached for the payer test window.",
                 [("inquiry.x12", "text/plain", e270.encode())], ["MEMBER_ID", "DOB", "NAME"]))
    c837i = x12("RIVERBENDHOSP", "CLEARHOUSE01", 1201, "GS*HC*RIVERBENDHOSP*CLEARHOUSE01*20240311*1500*1201*X*005010X223A2", [
        "ST*837*0001*005010X223A2", "BHT*0019*00*RH1201*20240311*1500*CH",
        "NM1*41*2*RIVERBEND HOSPITAL*****46*RBH01", "NM1*40*2*CLEARHOUSE*****46*CH01", "HL*1**20*1",
        f"NM1*85*2*RIVERBEND HOSPITAL*****XX*{npi('158193028')}", "HL*2*1*22*0", "SBR*P*18*GRP7710******CI",
        "NM1*IL*1*KOWALCZYK*TERESA****MI*YHX771230045", "N3*9 ORCHARD HILL", "N4*XENIA*OH*45385", "DMG*D8*19510813*F",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*77021", "CLM*RH55012*18230***11:A:1**A*Y*Y",
        "DTP*434*RD8*20240304-20240308", "DTP*435*DT*202403040615", "HI*ABK:J18.9*ABF:J96.01",
        "LX*1", "SV2*0120**12800*UN*4", "LX*2", "SV2*0250**5430*UN*1"])
    msgs.append(("837I batch", "Zipped institutional claim for the test submission.",
                 [("837i_test.zip", "application/zip", zipped([("rh55012.837", c837i.encode())]))],
                 ["MEMBER_ID", "ICD10", "DOB", "DATE", "NAME", "ADDRESS"]))
    s276 = x12("RIVERBENDMG", "BUCKEYEHP", 4401, "GS*HR*RIVERBENDMG*BUCKEYEHP*20240311*1600*4401*X*005010X212", [
        "ST*276*0001*005010X212", "BHT*0010*13*CS4401*20240311*1600", "HL*1**20*1",
        "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*77021", "HL*2*1*21*1", "NM1*41*2*RIVERBEND MEDICAL GROUP*****46*RBMG01",
        "HL*3*2*19*1", f"NM1*1P*2*RIVERBEND MEDICAL GROUP*****XX*{bill}", "HL*4*3*22*0", "DMG*D8*19580222*M",
        "NM1*IL*1*DRUMMOND*ALISTAIR****MI*YHX902214567", "TRN*1*CS4401-1", "REF*EJ*RB87555",
        "AMT*T3*325", "DTP*472*RD8*20240212-20240212"]).replace("*", "|").replace("ISA|", "ISA|", 1)
    msgs.append(("claim status inquiry", "Status inquiry from the old system uses bars, pasted:\n\n" + s276 + "\n",
                 [], ["MEMBER_ID", "DOB", "DATE", "NAME"]))
    e834 = x12("EMPLOYERHR", "BUCKEYEHP", 5501, "GS*BE*EMPLOYERHR*BUCKEYEHP*20240311*1700*5501*X*005010X220A1", [
        "ST*834*0001*005010X220A1", "BGN*00*ENR5501*20240311*1700****2", "N1*P5*RIVERBEND HEALTH SYSTEM*FI*311234567",
        "N1*IN*BUCKEYE HEALTH PLAN*FI*310987654", "INS*Y*18*021*28*A***FT", "REF*0F*ENR0041127",
        "REF*1L*GRP5521", "NM1*IL*1*PAPANICOLAOU*IRENE****34*412673398", "PER*IP**HP*9375550147",
        "N3*3310 MEADOWLARK LN", "N4*DAYTON*OH*45424", "DMG*D8*19800614*F", "HD*021**HLT*GOLDPPO*EMP",
        "DTP*348*D8*20240401"])
    msgs.append(("enrollment file", "New hire enrollment, sent without a name by the HR system.",
                 [("ENR5501", None, e834.encode())], ["SSN", "MEMBER_ID", "DOB", "NAME", "PHONE", "ADDRESS"]))
    return msgs


# ---------------------------------------------------------------------------------------------
# FHIR

def fhir_patient(pid, mrn, family, given, birth, phone, line, city, zip_, ssn=None, member=None):
    ids = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
            "system": "urn:oid:2.16.840.1.113883.3.9901", "value": mrn}]
    if ssn:
        ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn})
    if member:
        ids.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                    "system": "http://buckeyehp.example/member", "value": member})
    return {"resourceType": "Patient", "id": pid, "identifier": ids,
            "name": [{"use": "official", "family": family, "given": given}], "gender": "female" if pid[-1] in "02468" else "male",
            "birthDate": birth, "telecom": [{"system": "phone", "value": phone, "use": "home"}],
            "address": [{"line": [line], "city": city, "state": "OH", "postalCode": zip_}]}


def fhir_condition(pid, code, display, onset):
    return {"resourceType": "Condition", "subject": {"reference": "Patient/" + pid},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": display}]},
            "onsetDateTime": onset}


def bundle(resources):
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": "urn:uuid:" + r.get("id", "c%d" % i), "resource": r} for i, r in enumerate(resources)]}


def to_xml(obj, name=None, indent=0):
    """FHIR JSON → FHIR XML (enough of the mapping for these resources)."""
    pad = "  " * indent
    if name is None:
        name = obj["resourceType"]
        inner = "".join(to_xml(v, k, indent + 1) for k, v in obj.items() if k != "resourceType")
        return f'{pad}<{name} xmlns="http://hl7.org/fhir">\n{inner}{pad}</{name}>\n'
    if isinstance(obj, list):
        return "".join(to_xml(v, name, indent) for v in obj)
    if isinstance(obj, dict):
        if "resourceType" in obj:
            return f"{pad}<{name}>\n{to_xml(obj, None, indent + 1)}{pad}</{name}>\n"
        inner = "".join(to_xml(v, k, indent + 1) for k, v in obj.items())
        return f"{pad}<{name}>\n{inner}{pad}</{name}>\n"
    value = str(obj).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return f'{pad}<{name} value="{value}"/>\n'


def phi_fhir():
    msgs = []
    p1 = fhir_patient("pt-2041", "30450071", "Achterberg", ["Wilhelmina"], "1957-10-03", "(937) 555-0133",
                      "54 Juniper Ct", "Dayton", "45410", ssn="351-28-6604")
    msgs.append(("Patient resource from the portal", "The portal posts this Patient and the EHR rejects it (400). Body:\n\n"
                 + json.dumps(p1, indent=2) + "\n\nAny idea which element it chokes on?\n",
                 [], ["SSN", "MRN", "DOB", "NAME", "PHONE", "ADDRESS"]))
    p2 = fhir_patient("pt-2042", "30450182", "Mbeki", ["Thandiwe", "R"], "1972-04-18", "937-555-0154",
                      "1180 Foxglove Ave", "Huber Heights", "45424", member="YHX604417723")
    b2 = bundle([p2, fhir_condition("pt-2042", "I25.10", "Atherosclerotic heart disease of native coronary artery", "2023-11-02"),
                 {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                  "medicationCodeableConcept": {"text": "atorvastatin 40 mg tablet"}, "subject": {"reference": "Patient/pt-2042"},
                  "authoredOn": "2024-03-08"}])
    msgs.append(("care summary bundle", "Care summary bundle attached for the HIE onboarding test.",
                 [("summary.json", "application/fhir+json", json.dumps(b2, indent=1).encode())],
                 ["MRN", "MEMBER_ID", "ICD10", "DOB", "DATE", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS", "MEDICATION"]))
    p3 = fhir_patient("pt-2043", "30450293", "Castellano", ["Joaquin"], "1939-12-29", "(937) 555-0129",
                      "7 Millbrook Rd", "Oakwood", "45419")
    msgs.append(("Patient XML", "XML version of the same Patient, as the vendor asked.",
                 [("patient.xml", "application/fhir+xml", ('<?xml version="1.0" encoding="UTF-8"?>\n' + to_xml(p3)).encode())],
                 ["MRN", "DOB", "NAME", "PHONE", "ADDRESS"]))
    p4 = fhir_patient("pt-2044", "30450304", "Rasmussen", ["Ingrid"], "1965-06-07", "937-555-0171",
                      "266 Pinecrest Dr", "Dayton", "45414")
    b4 = bundle([p4, fhir_condition("pt-2044", "C50.911", "Malignant neoplasm of unspecified site of right female breast",
                                    "2024-01-15")])
    xml4 = to_xml(b4)
    msgs.append(("Re: XML bundle validation", "Validator output is clean now.\n\nOn Mon, Mar 11, 2024 at 1:02 PM Integration wrote:\n"
                 "> Here is the bundle that failed:\n>\n" + "\n".join("> " + ln for ln in xml4.rstrip("\n").split("\n")) + "\n",
                 [], ["MRN", "ICD10", "DOB", "DATE", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS"]))
    p5 = fhir_patient("pt-2045", "30450415", "Szymanski", ["Bogdan"], "1948-02-20", "937-555-0112",
                      "40 Ridgeview Ter", "Kettering", "45440")
    b5 = bundle([p5, fhir_condition("pt-2045", "J18.9", "Pneumonia, unspecified organism", "2024-03-02")])
    msgs.append(("export from the old interface", "The export tool names its files like this, attached.",
                 [("EXP000451.dat", "application/octet-stream", ('<?xml version="1.0" encoding="UTF-8"?>\n' + to_xml(b5)).encode())],
                 ["MRN", "ICD10", "DOB", "DATE", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS"]))
    bulk = [fhir_patient(f"pt-30{i}", f"3046{i:04d}", fam, [giv], dob, f"937-555-02{i:02d}", line, "Dayton", "454%02d" % (10 + i))
            for i, (fam, giv, dob, line) in enumerate([
                ("Adeyemi", "Folake", "1959-09-14", "12 Aspen Way"), ("Bertolucci", "Marco", "1971-01-30", "88 Birch Ln"),
                ("Chaudhry", "Nadia", "1983-07-22", "300 Cherry St"), ("Dunleavy", "Patrick", "1946-11-05", "5 Dogwood Pl"),
                ("Eriksen", "Solveig", "1990-03-12", "71 Elm Ct")])]
    msgs.append(("bulk export sample", "First five lines of the Patient bulk export (NDJSON).",
                 [("Patient.ndjson", "application/fhir+ndjson", ("\n".join(json.dumps(p) for p in bulk) + "\n").encode())],
                 ["MRN", "DOB", "NAME", "PHONE", "ADDRESS"]))
    p7 = fhir_patient("pt-2047", "30450637", "Whitcombe", ["Harriet"], "1962-08-08", "937-555-0166",
                      "2 Lantern Sq", "Bellbrook", "45305", ssn="609-44-1287")
    b7 = bundle([p7, fhir_condition("pt-2047", "F41.1", "Generalized anxiety disorder", "2022-06-10")])
    msgs.append(("zipped bundle", "Zipped so the mail filter would let it through.",
                 [("bundle.zip", "application/zip", zipped([("bundle.json", json.dumps(b7).encode())]))],
                 ["SSN", "MRN", "ICD10", "DOB", "DATE", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS"]))
    p8 = fhir_patient("pt-2048", "30450748", "Okoro", ["Chiamaka"], "1994-05-19", "937-555-0139",
                      "915 Sunset Blvd", "Dayton", "45417")
    c8 = fhir_condition("pt-2048", "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control", "2024-02-20")
    msgs.append(("one-line resources from the log", "From the API gateway log, one resource per line:\n\n"
                 + json.dumps(p8, separators=(",", ":")) + "\n" + json.dumps(c8, separators=(",", ":")) + "\n\nRoute is /Patient and /Condition.\n",
                 [], ["MRN", "ICD10", "DOB", "DATE", "NAME", "PHONE", "ADDRESS", "DIAGNOSIS"]))
    p9 = fhir_patient("pt-2049", "30450859", "Lindgren", ["Oskar"], "1955-09-09", "937-555-0181",
                      "48 Brookside Dr", "Vandalia", "45377", member="YHX228813390")
    msgs.append(("patient as text", "Sent as a text file by their portal.",
                 [("patient.txt", "text/plain", ('<?xml version="1.0"?>\n' + to_xml(p9)).encode())],
                 ["MRN", "MEMBER_ID", "DOB", "NAME", "PHONE", "ADDRESS"]))
    return msgs


# ---------------------------------------------------------------------------------------------
# No patient

def neg_interchange():
    msgs = []
    ack = hl7([msh("LABSYS", "EPICADT", "20240311081510", "ACK^A01^ACK", "LB990012"), "MSA|AA|RB240311001|Message accepted"], "\r\n")
    msgs.append(("ACK looks fine", "The lab did acknowledge it:\n\n" + ack + "\nSo the problem is after their inbound queue.\n", [], []))
    a997 = x12("CLEARHOUSE01", "RIVERBENDMG", 7701, "GS*FA*CLEARHOUSE01*RIVERBENDMG*20240311*1430*7701*X*005010X230", [
        "ST*997*0001*005010X230", "AK1*HC*1101", "AK2*837*0001", "AK5*A", "AK9*A*1*1*1"])
    msgs.append(("997 attached", "Functional ack for batch 1101 attached.", [("ack_1101.997", "application/octet-stream", a997.encode())], []))
    a999 = x12("CLEARHOUSE01", "RIVERBENDMG", 7702, "GS*FA*CLEARHOUSE01*RIVERBENDMG*20240311*1431*7702*X*005010X231A1", [
        "ST*999*0001*005010X231A1", "AK1*HC*1102*005010X222A1", "AK2*837*0001*005010X222A1",
        "IK3*NM1*8*2010*8", "IK4*9*67*7", "IK5*R*5", "AK9*R*1*1*0"])
    msgs.append(("999 rejection", "The 999 says loop 2010 element 9 is bad:\n\n" + a999.replace("~", "~\n") + "\n", [], []))
    ta1 = isa("CLEARHOUSE01", "RIVERBENDMG", 7703) + "TA1*000001101*240311*1415*A*000~IEA*0*000007703~"
    msgs.append(("TA1 received", "Interchange ack only, no 999 yet:\n\n" + ta1 + "\n", [], []))
    cap = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-03-01", "kind": "instance",
           "software": {"name": "Riverbend FHIR Gateway", "version": "3.2.1"}, "fhirVersion": "4.0.1", "format": ["json", "xml"],
           "rest": [{"mode": "server", "resource": [{"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                                                    "searchParam": [{"name": "birthdate", "type": "date"},
                                                                    {"name": "identifier", "type": "token"}]}]}]}
    msgs.append(("metadata endpoint", "Our /metadata output attached for the vendor.",
                 [("metadata.json", "application/fhir+json", json.dumps(cap, indent=2).encode())], []))
    oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "required",
                                                          "diagnostics": "Patient.birthDate: minimum required = 1, but only found 0",
                                                          "expression": ["Patient.birthDate"]}]}
    msgs.append(("validation error", "The gateway answers this when birthDate is missing:\n\n" + json.dumps(oo, indent=2) + "\n",
                 [], []))
    vs = {"resourceType": "ValueSet", "url": "http://riverbend.example/fhir/ValueSet/visit-types", "status": "active",
          "name": "VisitTypes", "compose": {"include": [{"system": "http://riverbend.example/visit-type",
                                                        "concept": [{"code": "NEW", "display": "New patient visit"},
                                                                    {"code": "FU", "display": "Follow-up visit"},
                                                                    {"code": "TEL", "display": "Telehealth visit"}]}]}}
    msgs.append(("visit type value set", "Value set for the scheduling build, XML as requested.",
                 [("visit-types.xml", "application/fhir+xml", to_xml(vs).encode())], []))
    prac = {"resourceType": "Practitioner", "id": "pr-118",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("173920456")}],
            "name": [{"family": "Osei", "given": ["Kwame"], "prefix": ["Dr."]}],
            "qualification": [{"code": {"text": "MD"}}]}
    msgs.append(("directory entry", "Provider directory entry for Dr. Osei, pasted:\n\n" + json.dumps(prac, indent=2) + "\n", [], ["NPI"]))
    mfn = hl7([msh("HRSYS", "EPIC", "20240311090000", "MFN^M02^MFN_M02", "HR4410"), "MFI|PRA^Practitioner Master File^HL70175||UPD|||AL",
               "MFE|MAD|HR4410-1||HR88121^OSEI^KWAME", "STF|HR88121^OSEI^KWAME||OSEI^KWAME^^^DR||M|||A|CARD^Cardiology"])
    msgs.append(("practitioner master file", "Master file update for the new cardiologist attached.",
                 [("mfn_m02.hl7", "x-application/hl7-v2+er7", mfn.encode())], []))
    return msgs


CATEGORIES = (("phi-hl7", phi_hl7, True), ("phi-x12", phi_x12, True), ("phi-fhir", phi_fhir, True),
              ("neg-interchange", neg_interchange, False))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(ap.parse_args().out)
    labels_path = out / "labels.jsonl"
    labels = [json.loads(ln) for ln in labels_path.read_text().splitlines() if ln.strip()] if labels_path.exists() else []
    for cat, build, phi in CATEGORIES:
        d = out / cat
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        labels = [e for e in labels if e["category"] != cat]
        for i, (subject, body, attachments, types) in enumerate(build()):
            name = f"{cat}/{i + 1:03d}.eml"
            (out / name).write_bytes(message(cat, i + 1, subject, body, attachments))
            labels.append({"file": name, "phi": phi, "types": [t for t in CANONICAL if t in types], "category": cat})
    labels.sort(key=lambda e: e["file"])
    with open(labels_path, "w", newline="\n") as f:
        for e in labels:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
