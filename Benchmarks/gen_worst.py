#!/usr/bin/env python3
"""Writes the worst-case inputs of `make bench` as messages (standard library only, deterministic,
streamed so this script's memory stays small):

  gen_worst.py token    --mb 16 --out token.eml     one 16 MB token with no separator, in a text part
  gen_worst.py nonascii --mb 32 --out utf8.eml      32 MB of non-ASCII prose (Cyrillic, Greek, CJK,
                                                    accented Latin), UTF-8, quoted-printable-free 8bit
  gen_worst.py csv      --mb 50 --out dense.eml     a 50 MB CSV attachment, every row a patient
                                                    (name, DOB, SSN, MRN, phone, diagnosis), base64
"""
import argparse
import base64
import random

HEAD = ("From: a@example.org\r\nTo: b@example.net\r\nSubject: {s}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"W\"\r\n\r\n--W\r\n")


def token(f, size, r):
    f.write((HEAD.format(s="token") + "Content-Type: text/plain; charset=us-ascii\r\n\r\n").encode())
    block = bytes(r.choice(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(65536))
    written = 0
    while written < size:
        f.write(block[: min(len(block), size - written)])
        written += len(block)
    f.write(b"\r\n--W--\r\n")


def nonascii(f, size, r):
    words = ("пациент больница лечение врач анализ кровь давление сердце "
             "ασθενής νοσοκομείο θεραπεία γιατρός εξέταση "
             "患者 病院 治療 医師 検査 血液 "
             "évaluation médecin hôpital traitement résultats Ärztin Behandlung Größe").split()
    f.write((HEAD.format(s="utf8") + "Content-Type: text/plain; charset=utf-8\r\n"
             "Content-Transfer-Encoding: 8bit\r\n\r\n").encode())
    written = 0
    while written < size:
        line = (" ".join(r.choice(words) for _ in range(12)) + "\r\n").encode()
        f.write(line)
        written += len(line)
    f.write(b"--W--\r\n")


def csv(f, size, r):
    first = "Maria James Linda Robert Patricia Michael Aisha Wei Olga Juan".split()
    last = "Garcia Okafor Nguyen Smith Kowalski Haddad Ivanova Tanaka Brown Rossi".split()
    dx = ["E11.9", "I10", "J45.909", "F32.9", "N18.3", "C50.911"]
    f.write((HEAD.format(s="export") + "Content-Type: text/plain\r\n\r\nRoster attached.\r\n--W\r\n"
             "Content-Type: text/csv; name=\"roster.csv\"\r\n"
             "Content-Disposition: attachment; filename=\"roster.csv\"\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n").encode())
    raw = int(size * 3 / 4)
    pending = b"last,first,dob,ssn,mrn,phone,diagnosis\n"
    written = 0
    while written < raw:
        row = (f"{r.choice(last)},{r.choice(first)},{r.randint(1,12):02d}/{r.randint(1,28):02d}/{r.randint(1930,2010)},"
               f"{r.randint(100,665):03d}-{r.randint(10,99):02d}-{r.randint(1000,9999):04d},MRN{r.randint(1000000,9999999)},"
               f"(555) {r.randint(200,999)}-{r.randint(1000,9999)},{r.choice(dx)}\n").encode()
        pending += row
        written += len(row)
        if len(pending) >= 57 * 1000:
            cut = len(pending) - len(pending) % 57
            for k in range(0, cut, 57):
                f.write(base64.b64encode(pending[k:k + 57]) + b"\r\n")
            pending = pending[cut:]
    for k in range(0, len(pending), 57):
        f.write(base64.b64encode(pending[k:k + 57]) + b"\r\n")
    f.write(b"--W--\r\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["token", "nonascii", "csv"])
    ap.add_argument("--mb", type=float, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.out, "wb") as f:
        {"token": token, "nonascii": nonascii, "csv": csv}[a.kind](f, int(a.mb * 1_000_000), random.Random(11))


if __name__ == "__main__":
    main()
