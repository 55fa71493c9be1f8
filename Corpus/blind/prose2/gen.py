import os, sys, glob, importlib.util, random, hashlib, csv
from email.utils import format_datetime
import datetime
# Writes the messages and labels.csv to the directory named by the first argument (default ./out);
# the message modules m*.py sit beside this script. Corpus/prose2-* and clean2-* hold the output.
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else "out"
os.makedirs(OUT, exist_ok=True)
random.seed(7)
def mid(fname, frm):
    h = hashlib.md5(fname.encode()).hexdigest()[:16]
    dom = frm.split("@")[-1].strip(">").strip()
    return f"<{h}.{random.randint(1000,99999)}@{dom}>"
rows = []
for mod in sorted(glob.glob(os.path.join(HERE, "m*.py"))):
    spec = importlib.util.spec_from_file_location("m", mod); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for msg in m.MSGS:
        fname = msg["file"]
        body = msg["body"].lstrip("\n")
        hdr = [f"From: {msg['from']}", f"To: {msg['to']}"]
        if msg.get("cc"): hdr.append(f"Cc: {msg['cc']}")
        hdr += [f"Subject: {msg['subject']}", f"Date: {msg['date']}", f"Message-ID: {mid(fname, msg['from'])}", "MIME-Version: 1.0"]
        for k, v in msg.get("extra", {}).items(): hdr.append(f"{k}: {v}")
        if msg.get("html"):
            b = "b1_" + hashlib.md5(fname.encode()).hexdigest()[:20]
            hdr.append(f'Content-Type: multipart/alternative; boundary="{b}"')
            text = "\n".join(hdr) + "\n\n" + f"--{b}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n--{b}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{msg['html'].strip()}\n--{b}--\n"
        else:
            hdr += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
            text = "\n".join(hdr) + "\n\n" + body
        if msg.get("crlf"): text = text.replace("\n", "\r\n")
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f: f.write(text)
        p = fname.split("-"); label = p[0]; kind = "-".join(p[1:-1])
        rows.append((fname, label, kind))
rows.sort()
with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["file", "label", "kind"]); w.writerows(rows)
from collections import Counter
print(len(rows), Counter((r[1], r[2]) for r in rows))
