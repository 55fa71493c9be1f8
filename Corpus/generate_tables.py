#!/usr/bin/python3
"""Generates the phi-tables and neg-tables corpus categories: lists in every table form and carrier.

phi-tables holds patient lists typed into a body (TAB, bars, Markdown, semicolons, quoted commas,
fixed-width columns, a list quoted in a reply, an HTML table) and attached under types that do not
say what they are (CSV as application/octet-stream, UTF-16 CSV with and without a BOM, a .txt
file, CSV with no Content-Type, a Word and an OpenDocument table). neg-tables holds tables without
patients in the same forms: price lists, staff on-call schedules and phone directories, supply
inventory, an ICD-10 reference table, order numbers, and prose full of commas.

Writes Corpus/<category>/NNN.eml and replaces these categories' lines of Corpus/labels.jsonl (the
other lines are kept, sorted). Standard library only; the bytes are the same on every run.

    python3 Corpus/generate_tables.py [--out Corpus]

Every name and number is made up.
"""
import argparse
import base64
import json
import shutil
import zipfile
import io
from pathlib import Path

CANONICAL = ["SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB", "DATE",
             "NAME", "PHONE", "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL", "DEVICE_ID",
             "LICENSE", "DIAGNOSIS", "MEDICATION"]

PEOPLE = [("Lopez, Maria", "03/14/1962", "00482913", "J45.909", "asthma", "773-555-0141"),
          ("Nguyen, Linda", "08/23/1966", "00731458", "J44.9", "COPD", "773-555-0142"),
          ("Miller, Donald", "12/05/1948", "00732019", "I50.9", "heart failure", "773-555-0143"),
          ("Harris, Dorothy", "10/30/1939", "00733004", "I10", "hypertension", "773-555-0144"),
          ("Okafor, James", "01/17/1975", "00733188", "E11.9", "type 2 diabetes", "773-555-0145"),
          ("Kowalski, Anna", "06/02/1957", "00733351", "N18.3", "chronic kidney disease", "773-555-0146"),
          ("Brennan, Thomas", "09/11/1944", "00733467", "F32.9", "depression", "773-555-0147")]

HEADER = ["Pt Name", "D.O.B.", "Med Rec #", "Dx"]
TYPES = ["MRN", "DOB", "NAME", "DIAGNOSIS"]


def rows(n, header=HEADER, cols=(0, 1, 2, 4)):
    return [header] + [[p[c] for c in cols] for p in PEOPLE[:n]]


def csv_line(cells, sep=","):
    return sep.join('"' + c + '"' if sep in c or '"' in c else c for c in cells)


def fixed(table):
    widths = [max(len(r[i]) for r in table) + 3 for i in range(len(table[0]))]
    return [("".join(c.ljust(w) for c, w in zip(r, widths))).rstrip() for r in table]


def b64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def message(cat, n, subject, body, attachments=(), html=False):
    """An RFC 5322 message with CRLF line ends: a text (or HTML) body and base64 attachments
    (name, content type or None, bytes)."""
    boundary = f"=_{cat}-{n:03d}"
    head = ["From: Front Desk <frontdesk@lakeside-clinic.example>", "To: Care Team <team@lakeside-clinic.example>",
            f"Subject: {subject}", f"Date: Mon, 04 Mar 2024 10:{n:02d}:00 +0000",
            f"Message-ID: <{cat}-{n:03d}@lakeside-clinic.example>", "MIME-Version: 1.0"]
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    ctype = "text/html" if html else "text/plain"
    text = "\r\n".join([f"Content-Type: {ctype}; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", body])
    if not attachments:
        return ("\r\n".join(head) + "\r\n" + text + "\r\n").encode()
    parts = [text]
    for name, atype, data in attachments:
        lines = []
        if atype:
            lines.append(f'Content-Type: {atype}; name="{name}"')
        lines += ["Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{name}"', "", b64(data)]
        parts.append("\r\n".join(lines))
    out = "\r\n".join(head + [f'Content-Type: multipart/mixed; boundary="{boundary}"', ""])
    for p in parts:
        out += f"\r\n--{boundary}\r\n" + p
    return (out + f"\r\n--{boundary}--\r\n").encode()


def zipped(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 9, 30, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def docx(table, intro):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    trs = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{esc(c)}</w:t></w:r></w:p></w:tc>" for c in r) + "</w:tr>"
                  for r in table)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f"<w:p><w:r><w:t>{esc(intro)}</w:t></w:r></w:p><w:tbl>{trs}</w:tbl></w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    return zipped([("[Content_Types].xml", types), ("word/document.xml", doc)])


def odt(table, intro):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    trs = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{esc(c)}</text:p></table:table-cell>"
                                                 for c in r) + "</table:table-row>" for r in table)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
               f"<text:p>{esc(intro)}</text:p><table:table>{trs}</table:table></office:text></office:body></office:document-content>")
    return zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)])


def phi_tables():
    msgs = []
    t5 = rows(5)
    # 1-7: lists typed into a body, one form each.
    msgs.append(("Call list", "Please call these patients today:\n\n" + "\n".join("\t".join(r) for r in t5) + "\n\nThanks\n", [], TYPES))
    msgs.append(("Follow-up list", "Follow-up calls:\n\n" + "\n".join(" | ".join(r) for r in rows(6)) + "\n\nAna\n", [], TYPES))
    md = ["| " + " | ".join(r) + " |" for r in t5]
    msgs.append(("Markdown list", "Census from the portal:\n\n" + "\n".join([md[0], "|---|---|---|---|"] + md[1:]) + "\n", [], TYPES))
    msgs.append(("semicolon export", "Export pasted below\n" + "\n".join(";".join(r) for r in rows(4)) + "\n", [], TYPES))
    msgs.append(("comma list", "List for Dr. Ruiz:\n" + "\n".join(csv_line(r) for r in t5) + "\n", [], TYPES))
    msgs.append(("4 West census", "Census for 4 West\n\n" + "\n".join(fixed(rows(7))) + "\n\n-- unit clerk\n", [], TYPES))
    quoted = "Sounds good, will do.\n\nOn Mon, Mar 4, 2024 at 9:12 AM Front Desk wrote:\n> Can you check these?\n>\n" + \
        "\n".join("> " + " | ".join(r) for r in t5) + "\n>\n> Thanks\n"
    msgs.append(("Re: check these", quoted, [], TYPES))
    # 8: an HTML table.
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in t5)
    msgs.append(("HTML list", f"<html><body><p>Today's list:</p><table>\n{trs}</table></body></html>", [], TYPES, True))
    # 9-14: attachments whose type does not say CSV.
    csv = ("\r\n".join(csv_line(r) for r in rows(6, ["Patient", "DOB", "MRN", "Phone"], (0, 1, 2, 5))) + "\r\n")
    msgs.append(("export", "Export attached.", [("export.csv", "application/octet-stream", csv.encode())], ["MRN", "DOB", "NAME", "PHONE"]))
    msgs.append(("export (Excel)", "Attached.", [("report.csv", "application/vnd.ms-excel", csv.encode("utf-16"))], ["MRN", "DOB", "NAME", "PHONE"]))
    msgs.append(("download", "From the portal.", [("download", "application/octet-stream", csv.encode("utf-16-le"))], ["MRN", "DOB", "NAME", "PHONE"]))
    txt = "Census 03/04\r\n\r\n" + "\r\n".join(" | ".join(r) for r in t5) + "\r\n"
    msgs.append(("census", "See the text file.", [("census.txt", "text/plain", txt.encode())], TYPES))
    msgs.append(("list (no type)", "List attached.", [("list.csv", None, csv.encode())], ["MRN", "DOB", "NAME", "PHONE"]))
    msgs.append(("Word table", "Table attached.", [("census.docx", "application/octet-stream", docx(t5, "Census for Tuesday"))], TYPES))
    msgs.append(("ODF table", "Table attached.", [("census.odt", "application/vnd.oasis.opendocument.text", odt(t5, "Census"))], TYPES))
    return msgs


def neg_tables():
    msgs = []
    price = [["Item", "Unit Price", "Qty"], ["Gauze pads 4x4", "$12.50", "10"], ["Nitrile gloves M", "$8.99", "40"],
             ["Saline 0.9% 1L", "$3.10", "24"], ["Tape 1in", "$1.25", "60"], ["Cotton swabs", "$4.00", "12"]]
    msgs.append(("Supply prices", "Updated prices:\n\n" + "\n".join(" | ".join(r) for r in price) + "\n", [], []))
    oncall = [["Date", "On call", "Pager"]] + [[f"03/{4 + i:02d}/2024", f"Dr. {n}", str(4417 + i)]
                                               for i, n in enumerate(["Ana Ruiz", "Ben Cho", "Cara Diaz", "Dan Evans", "Eve Ford"])]
    msgs.append(("On-call schedule", "March on-call:\n\n" + "\n".join("\t".join(r) for r in oncall) + "\n", [], []))
    inv = [["SKU", "Description", "Qty on hand", "Reorder at"], ["A-1001", "Exam gloves", "400", "100"],
           ["A-1002", "Face masks", "900", "200"], ["A-1003", "Gowns", "150", "50"], ["A-1004", "Syringes 5ml", "1200", "300"]]
    msgs.append(("Inventory", "Inventory attached.", [("inventory.csv", "application/octet-stream",
                                                        ("\r\n".join(",".join(r) for r in inv) + "\r\n").encode())], []))
    staff = [["Name", "Department", "Extension", "Phone"]] + [
        [n, d, str(4417 + i), f"312-555-01{i:02d}"] for i, (n, d) in
        enumerate([("Ana Ruiz", "Facilities"), ("Ben Cho", "Billing"), ("Cara Diaz", "IT"), ("Dan Evans", "HR"), ("Eve Ford", "Payroll")])]
    msgs.append(("Staff directory", "Directory:\n\n" + "\n".join(fixed(staff)) + "\n", [], ["PHONE"]))
    icd = [["Code", "Description"], ["E11.9", "Type 2 diabetes mellitus without complications"],
           ["I10", "Essential (primary) hypertension"], ["J45.909", "Unspecified asthma, uncomplicated"],
           ["N18.3", "Chronic kidney disease, stage 3"]]
    md = ["| " + " | ".join(r) + " |" for r in icd]
    msgs.append(("ICD-10 quick reference", "Coding reference:\n\n" + "\n".join([md[0], "|---|---|"] + md[1:]) + "\n", [],
                 ["ICD10", "DIAGNOSIS"]))
    prose = ("The meeting, which ran long, covered budgets, staffing, parking, and the new badge readers.\n"
             "We agreed, after some debate, to revisit parking, badges, and budgets in April, with Dana, Luis, and Kim.\n"
             "In the meantime, send comments, corrections, or questions to me, to Dana, or to the list, by Friday.\n")
    msgs.append(("Meeting notes", prose, [], []))
    orders = [["Order #", "Date", "Amount", "Status"]] + [[str(100482913 + 7919 * i), f"03/{14 + i}/2024", f"${20 + 7 * i}.00", "Shipped"]
                                                          for i in range(6)]
    msgs.append(("Orders", "Orders attached.", [("orders.csv", "text/plain", ("\r\n".join(",".join(r) for r in orders) + "\r\n")
                                                  .encode("utf-16"))], []))
    rooms = [["Room", "Monday", "Tuesday", "Wednesday"], ["101", "Staff meeting", "Vendor demo", "Open"],
             ["102", "Training", "Open", "Budget review"], ["103", "Open", "Interviews", "Training"]]
    msgs.append(("Room schedule", "Rooms:", [("rooms.docx", "application/octet-stream", docx(rooms, "Room bookings"))], []))
    return msgs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(ap.parse_args().out)
    labels_path = out / "labels.jsonl"
    labels = [json.loads(ln) for ln in labels_path.read_text().splitlines() if ln.strip()] if labels_path.exists() else []
    for cat, build, phi in (("phi-tables", phi_tables, True), ("neg-tables", neg_tables, False)):
        d = out / cat
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        labels = [e for e in labels if e["category"] != cat]
        for i, m in enumerate(build()):
            subject, body, attachments, types = m[:4]
            html = len(m) > 4 and m[4]
            name = f"{cat}/{i + 1:03d}.eml"
            (out / name).write_bytes(message(cat, i + 1, subject, body, attachments, html))
            labels.append({"file": name, "phi": phi, "types": [t for t in CANONICAL if t in types], "category": cat})
    labels.sort(key=lambda e: e["file"])
    with open(labels_path, "w", newline="\n") as f:
        for e in labels:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
