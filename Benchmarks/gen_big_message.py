#!/usr/bin/env python3
"""Writes a large message for the memory benchmark: a short body and one base64 text attachment.

  gen_big_message.py --mb 50 --out big.eml    (the attachment is 80% of the total, base64-encoded)
Standard library only; deterministic. The attachment text is written line by line, so this script's
own memory stays small too.
"""
import argparse
import base64
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    r = random.Random(7)
    words = "the patient record was reviewed and the plan of care continues with follow up in clinic".split()
    raw_target = int(a.mb * 1_000_000 * 0.8 * 3 / 4)  # raw attachment bytes; base64 adds a third
    body_target = int(a.mb * 1_000_000 * 0.2)         # the rest is a plain-text body
    with open(a.out, "wb") as f:
        f.write(b"From: a@example.org\r\nTo: b@example.net\r\nSubject: export\r\nMIME-Version: 1.0\r\n"
                b"Content-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n--BIG\r\nContent-Type: text/plain\r\n\r\n"
                b"Attached is the export.\r\n")
        body = 0
        while body < body_target:
            line = (" ".join(r.choice(words) for _ in range(14)) + "\r\n").encode()
            f.write(line)
            body += len(line)
        f.write(b"--BIG\r\nContent-Type: text/plain; charset=utf-8; name=\"export.txt\"\r\n"
                b"Content-Disposition: attachment; filename=\"export.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
        written = 0
        pending = b""
        while written < raw_target:
            line = (" ".join(r.choice(words) for _ in range(12)) + f" ref {r.randint(1000, 9999)}\n").encode()
            pending += line
            written += len(line)
            if len(pending) >= 57 * 1000:
                cut = len(pending) - len(pending) % 57
                chunk, pending = pending[:cut], pending[cut:]
                for i in range(0, len(chunk), 57):
                    f.write(base64.b64encode(chunk[i:i + 57]) + b"\r\n")
        for i in range(0, len(pending), 57):
            f.write(base64.b64encode(pending[i:i + 57]) + b"\r\n")
        f.write(b"--BIG--\r\n")


if __name__ == "__main__":
    main()
