#!/usr/bin/env python3
"""Writes the end-to-end test messages into a directory (python3 stdlib only).

Usage: fixtures.py DIR [KILL_COUNT]
Each message has a unique Message-ID <NAME@e2e.test>; the PHI text is the one the real detector
must catch (and the test hook matches on the SSN literal).
"""
import io
import sys
import zipfile
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy

SSN = "536-90-4399"
PHI = ("Patient: Maria Lopez, DOB 03/14/1962, diagnosis: type 2 diabetes (E11.9)\n"
       "SSN: " + SSN + "\n")
CLEAN = "Hi team,\nThe weekly meeting moves to Thursday at 10:00 in room 4.\nAgenda to follow.\n"


def base(msg, name, to="bob@remote.test", subject="e2e"):
    msg["From"] = "sender@ci.example.test"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<%s@e2e.test>" % name
    return msg


def simple(name, body, extra=(), to="bob@remote.test"):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in extra:
        m[k] = v
    base(m, name, to)
    m.set_content(body, cte="7bit")
    return m


def docx(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        paras = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % line for line in text.splitlines())
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   "<w:body>%s</w:body></w:document>" % paras)
    return buf.getvalue()


def write(d, name, msg):
    with open("%s/%s.eml" % (d, name), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


def main():
    d = sys.argv[1]
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    write(d, "phi", simple("phi", "Hello,\n" + PHI + "Thanks\n"))
    write(d, "clean", simple("clean", CLEAN))
    write(d, "forged", simple("forged", "Results:\n" + PHI,
                              extra=[("X-PHI-Scan", "clean; forged"), ("X-PHI-Encrypt", "no")]))
    write(d, "tlsno", simple("tlsno", PHI, extra=[("TLS-Required", "No")]))
    write(d, "reject", simple("reject", PHI))
    write(d, "tempfail", simple("tempfail", PHI))
    write(d, "quarantine", simple("quarantine", PHI))
    att = MIMEMultipart()
    base(att, "docx")
    att.attach(MIMEText("Please see the attached letter.\n", "plain"))
    part = MIMEApplication(docx(PHI), _subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    part.add_header("Content-Disposition", "attachment", filename="letter.docx")
    att.attach(part)
    write(d, "docx", att)
    b64 = MIMEText(PHI, "plain", "utf-8")  # utf-8 MIMEText is base64 encoded
    base(b64, "b64")
    write(d, "b64", b64)
    filler = "".join("Line %06d of the quarterly facilities report, nothing sensitive here.\n" % i
                     for i in range(70000))  # about 5 MB
    write(d, "big", simple("big", filler + PHI))
    # An RTF attachment whose \\u parameters once trapped the parser (a remote crash).
    rtf = MIMEMultipart()
    base(rtf, "rtf-hostile")
    rtf.attach(MIMEText("Notes attached.\n", "plain"))
    part = MIMEApplication((r"{\rtf1\ansi \u99999999999?\u-12399999?" + PHI.replace("\n", r"\par ") + "}").encode(),
                           _subtype="rtf")
    part.add_header("Content-Disposition", "attachment", filename="notes.rtf")
    rtf.attach(part)
    write(d, "rtf-hostile", rtf)
    write(d, "after-rtf", simple("after-rtf", CLEAN))
    # PHI only in free-text headers: a custom X- header and a display name.
    write(d, "xheader", simple("xheader", CLEAN, extra=[("X-Patient", "Maria Lopez SSN " + SSN)]))
    for i in range(kills):
        write(d, "kill-%d" % i, simple("kill-%d" % i, PHI if i % 2 else CLEAN))


if __name__ == "__main__":
    main()
