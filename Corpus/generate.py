#!/usr/bin/env python3
"""Seeded generator of the phi-milter labelled regression corpus.

Every message, attachment and label is fictitious and derived from one seed, so the same seed gives
byte-identical output. Usage:

    python3 Corpus/generate.py --out Corpus            # regenerate everything (seed 20240304)
    python3 Corpus/generate.py --out Corpus --verify   # check labels and parsing of what is there

Requirements: see Corpus/requirements.txt (Faker, python-docx, openpyxl, fpdf2, python-pptx, odfpy).
"""
from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import gzip
import html
import io
import json
import random
import re
import shutil
import struct
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

SEED = 20240304
FIXED_ZIP_TIME = (2024, 3, 4, 9, 30, 0)
FIXED_DT = dt.datetime(2024, 3, 4, 9, 30, 0, tzinfo=dt.timezone.utc)
CANONICAL = ["SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB", "DATE",
             "NAME", "PHONE", "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL", "DEVICE_ID",
             "LICENSE", "DIAGNOSIS", "MEDICATION", "CARE"]
POSITIVE = ["phi-plain", "phi-html", "phi-qp", "phi-base64", "phi-charset", "phi-csv", "phi-xlsx",
            "phi-docx", "phi-pptx", "phi-pdf", "phi-archive", "phi-nested", "phi-subject",
            "phi-fullwidth"]
NEGATIVE = ["neg-invoice", "neg-shipping", "neg-release", "neg-signature", "neg-newsletter",
            "neg-business", "neg-attachment"]
CATEGORIES = POSITIVE + NEGATIVE + ["malformed"]
# Written by hand, not generated: kept, with their labels, when the rest is generated again.
HAND_WRITTEN = ["real-text",
                # Written blind to the rules by writers who never saw Patterns/ or Corpus/ (blind/*/make.py).
                "prose-care", "prose-names", "prose-self", "prose-ids", "prose-lists",
                "clean-lookalike", "clean-clinical", "clean-people",
                "struct-delimited", "struct-attach", "struct-hl7", "struct-x12", "struct-fhir",
                "prose2-care", "prose2-names", "prose2-ids", "prose2-lists", "prose2-lang", "prose2-self",
                "clean2-ops", "clean2-education", "clean2-people", "clean2-lookalike",
                "prose3-care", "prose3-names", "prose3-self", "prose3-ids", "prose3-lists", "prose3-lang",
                "prose3-struct", "clean3-staff", "clean3-lookalike", "clean3-training", "clean3-news",
                "clean3-admin",
                "prose4-care", "prose4-names", "prose4-self", "prose4-ids", "prose4-lists", "prose4-lang",
                "prose4-struct", "clean4-staff", "clean4-lookalike", "clean4-training", "clean4-news",
                "clean4-admin",
                "prose5-care", "prose5-names", "prose5-self", "prose5-ids", "prose5-lists", "prose5-lang",
                "prose5-struct", "clean5-staff", "clean5-lookalike", "clean5-training", "clean5-news",
                "clean5-admin",
                "prose6-care", "prose6-ids", "prose6-lang", "prose6-lists", "prose6-names", "prose6-self",
                "prose6-struct", "clean6-admin", "clean6-lookalike", "clean6-news", "clean6-staff",
                "clean6-training",
                "prose7-care", "prose7-ids", "prose7-lang", "prose7-lists", "prose7-names", "prose7-self",
                "prose7-struct", "clean7-admin", "clean7-lookalike", "clean7-news", "clean7-staff",
                "clean7-training",
                "prose8-care", "prose8-ids", "prose8-lang", "prose8-lists", "prose8-names",
                "prose8-self", "prose8-struct", "clean8-admin", "clean8-lookalike", "clean8-news",
                "clean8-staff", "clean8-training",
                "prose9-care", "prose9-ids", "prose9-lang", "prose9-lists", "prose9-names",
                "prose9-self", "prose9-struct", "clean9-admin", "clean9-lookalike", "clean9-news",
                "clean9-staff", "clean9-training",
                "prose10-care", "prose10-ids", "prose10-lang", "prose10-lists", "prose10-names",
                "prose10-self", "prose10-struct", "clean10-admin", "clean10-lookalike", "clean10-news",
                "clean10-staff", "clean10-training",
                "prose11-care", "prose11-ids", "prose11-lang", "prose11-lists", "prose11-names",
                "prose11-self", "prose11-struct", "clean11-admin", "clean11-lookalike", "clean11-news",
                "clean11-staff", "clean11-training",
                "prose12-care", "prose12-ids", "prose12-lang", "prose12-lists", "prose12-names",
                "prose12-self", "prose12-struct", "clean12-admin", "clean12-lookalike", "clean12-news",
                "clean12-staff", "clean12-training",
                "prose13-care", "prose13-ids", "prose13-lang", "prose13-lists", "prose13-names",
                "prose13-self", "prose13-struct", "clean13-admin", "clean13-lookalike", "clean13-news",
                "clean13-staff", "clean13-training",
                "prose14-care", "prose14-ids", "prose14-lang", "prose14-lists", "prose14-names",
                "prose14-self", "prose14-struct", "clean14-admin", "clean14-lookalike", "clean14-news",
                "clean14-staff", "clean14-training",
                "prose15-care", "prose15-ids", "prose15-lang", "prose15-lists", "prose15-names",
                "prose15-self", "prose15-struct", "clean15-admin", "clean15-lookalike", "clean15-news",
                "clean15-staff", "clean15-training",
                "prose16-care", "prose16-ids", "prose16-lang", "prose16-lists", "prose16-names",
                "prose16-self", "prose16-struct", "clean16-admin", "clean16-lookalike", "clean16-news",
                "clean16-staff", "clean16-training",
                "prose17-care", "prose17-ids", "prose17-lang", "prose17-lists", "prose17-names",
                "prose17-self", "prose17-struct", "clean17-admin", "clean17-lookalike", "clean17-news",
                "clean17-staff", "clean17-training",
                "prose18-care", "prose18-ids", "prose18-lang", "prose18-lists", "prose18-names",
                "prose18-self", "prose18-struct", "clean18-admin", "clean18-lookalike", "clean18-news",
                "clean18-staff", "clean18-training",
                "prose19-care", "prose19-ids", "prose19-lang", "prose19-lists", "prose19-names",
                "prose19-self", "prose19-struct", "clean19-admin", "clean19-lookalike", "clean19-news",
                "clean19-staff", "clean19-training",
                "prose20-care", "prose20-ids", "prose20-lang", "prose20-lists", "prose20-names",
                "prose20-self", "prose20-struct", "clean20-admin", "clean20-lookalike", "clean20-news",
                "clean20-staff", "clean20-training",
                "prose21-care", "prose21-ids", "prose21-lang", "prose21-lists", "prose21-names",
                "prose21-self", "prose21-struct", "clean21-admin", "clean21-lookalike", "clean21-news",
                "clean21-staff", "clean21-training",
                "prose22-care", "prose22-ids", "prose22-lang", "prose22-lists", "prose22-names",
                "prose22-self", "prose22-struct", "clean22-admin", "clean22-lookalike", "clean22-news",
                "clean22-staff", "clean22-training",
                "prose23-care", "prose23-ids", "prose23-lang", "prose23-lists", "prose23-names",
                "prose23-self", "prose23-struct", "clean23-admin", "clean23-lookalike", "clean23-news",
                "clean23-staff", "clean23-training",
                "prose24-care", "prose24-ids", "prose24-lang", "prose24-lists", "prose24-names",
                "prose24-self", "prose24-struct", "clean24-admin", "clean24-lookalike", "clean24-news",
                "clean24-staff", "clean24-training",
                "prose25-care", "prose25-ids", "prose25-lang", "prose25-lists", "prose25-names",
                "prose25-self", "prose25-struct", "clean25-admin", "clean25-lookalike", "clean25-news",
                "clean25-staff", "clean25-training",
                "prose26-care", "prose26-ids", "prose26-lang", "prose26-lists", "prose26-names",
                "prose26-self", "prose26-struct", "clean26-admin", "clean26-lookalike", "clean26-news",
                "clean26-staff", "clean26-training",
                "prose27-care", "prose27-ids", "prose27-lang", "prose27-lists", "prose27-names",
                "prose27-self", "prose27-struct", "clean27-admin", "clean27-lookalike", "clean27-news",
                "clean27-staff", "clean27-training",
                "prose28-care", "prose28-ids", "prose28-lang", "prose28-lists", "prose28-names",
                "prose28-self", "prose28-struct", "clean28-admin", "clean28-lookalike", "clean28-news",
                "clean28-staff", "clean28-training",
                "prose29-care", "prose29-ids", "prose29-lang", "prose29-lists", "prose29-names",
                "prose29-self", "prose29-struct", "clean29-admin", "clean29-lookalike", "clean29-news",
                "clean29-staff", "clean29-training",
                "prose30-care", "prose30-ids", "prose30-lang", "prose30-lists", "prose30-names",
                "prose30-self", "prose30-struct", "clean30-admin", "clean30-lookalike", "clean30-news",
                "clean30-staff", "clean30-training",
                "prose31-care", "prose31-ids", "prose31-lang", "prose31-lists", "prose31-names",
                "prose31-self", "prose31-struct", "clean31-admin", "clean31-lookalike", "clean31-news",
                "clean31-staff", "clean31-training",
                "prose32-care", "prose32-ids", "prose32-lang", "prose32-lists", "prose32-names",
                "prose32-self", "prose32-struct", "clean32-admin", "clean32-lookalike", "clean32-news",
                "clean32-staff", "clean32-training",
                "prose33-care", "prose33-ids", "prose33-lang", "prose33-lists", "prose33-names",
                "prose33-self", "prose33-struct", "clean33-admin", "clean33-lookalike", "clean33-news",
                "clean33-staff", "clean33-training",
                "prose34-care", "prose34-ids", "prose34-lang", "prose34-lists", "prose34-names",
                "prose34-self", "prose34-struct", "clean34-admin", "clean34-lookalike", "clean34-news",
                "clean34-staff", "clean34-training",
                "prose35-care", "prose35-ids", "prose35-lang", "prose35-lists", "prose35-names",
                "prose35-self", "prose35-struct", "clean35-admin", "clean35-lookalike", "clean35-news",
                "clean35-staff", "clean35-training",
                "prose36-care", "prose36-ids", "prose36-lang", "prose36-lists", "prose36-names",
                "prose36-self", "prose36-struct", "clean36-admin", "clean36-lookalike", "clean36-news",
                "clean36-staff", "clean36-training",
                "prose37-care", "prose37-ids", "prose37-lang", "prose37-lists", "prose37-names",
                "prose37-self", "prose37-struct", "clean37-admin", "clean37-lookalike", "clean37-news",
                "clean37-staff", "clean37-training",
                "prose38-care", "prose38-ids", "prose38-lang", "prose38-lists", "prose38-names",
                "prose38-self", "prose38-struct", "clean38-admin", "clean38-lookalike", "clean38-news",
                "clean38-staff", "clean38-training",
                "prose39-care", "prose39-ids", "prose39-lang", "prose39-lists", "prose39-names",
                "prose39-self", "prose39-struct", "clean39-admin", "clean39-lookalike", "clean39-news",
                "clean39-staff", "clean39-training",
                "prose40-care", "prose40-ids", "prose40-lang", "prose40-lists", "prose40-names",
                "prose40-self", "prose40-struct", "clean40-admin", "clean40-lookalike", "clean40-news",
                "clean40-staff", "clean40-training",
                "prose41-care", "prose41-ids", "prose41-lang", "prose41-lists", "prose41-names",
                "prose41-self", "prose41-struct", "clean41-admin", "clean41-lookalike", "clean41-news",
                "clean41-staff", "clean41-training",
                "prose42-care", "prose42-ids", "prose42-lang", "prose42-lists", "prose42-names",
                "prose42-self", "prose42-struct", "clean42-admin", "clean42-lookalike", "clean42-news",
                "clean42-staff", "clean42-training",
                "prose43-care", "prose43-ids", "prose43-lang", "prose43-lists", "prose43-names",
                "prose43-self", "prose43-struct", "clean43-admin", "clean43-lookalike", "clean43-news",
                "clean43-staff", "clean43-training",
                "prose44-care", "prose44-ids", "prose44-lang", "prose44-lists", "prose44-names",
                "prose44-self", "prose44-struct", "clean44-admin", "clean44-lookalike", "clean44-news",
                "clean44-staff", "clean44-training",
                "prose45-care", "prose45-ids", "prose45-lang", "prose45-lists", "prose45-names",
                "prose45-self", "prose45-struct", "clean45-admin", "clean45-lookalike", "clean45-news",
                "clean45-staff", "clean45-training",
                "prose46-care", "prose46-ids", "prose46-lang", "prose46-lists", "prose46-names",
                "prose46-self", "prose46-struct", "clean46-admin", "clean46-lookalike", "clean46-news",
                "clean46-staff", "clean46-training",
                "prose47-care", "prose47-ids", "prose47-lang", "prose47-lists", "prose47-names",
                "prose47-self", "prose47-struct", "clean47-admin", "clean47-lookalike", "clean47-news",
                "clean47-staff", "clean47-training",
                "prose48-care", "prose48-ids", "prose48-lang", "prose48-lists", "prose48-names",
                "prose48-self", "prose48-struct", "clean48-admin", "clean48-lookalike", "clean48-news",
                "clean48-staff", "clean48-training",
                "prose49-care", "prose49-ids", "prose49-lang", "prose49-lists", "prose49-names",
                "prose49-self", "prose49-struct", "clean49-admin", "clean49-lookalike", "clean49-news",
                "clean49-staff", "clean49-training",
                "prose50-care", "prose50-ids", "prose50-lang", "prose50-lists", "prose50-names",
                "prose50-self", "prose50-struct", "clean50-admin", "clean50-lookalike", "clean50-news",
                "clean50-staff", "clean50-training",
                "prose51-care", "prose51-ids", "prose51-lang", "prose51-lists", "prose51-names",
                "prose51-self", "prose51-struct", "clean51-admin", "clean51-lookalike", "clean51-news",
                "clean51-staff", "clean51-training",
                "prose52-care", "prose52-ids", "prose52-lang", "prose52-lists", "prose52-names",
                "prose52-self", "prose52-struct", "clean52-admin", "clean52-lookalike", "clean52-news",
                "clean52-staff", "clean52-training",
                "prose53-care", "prose53-ids", "prose53-lang", "prose53-lists", "prose53-names",
                "prose53-self", "prose53-struct", "clean53-admin", "clean53-lookalike", "clean53-news",
                "clean53-staff", "clean53-training",
                "prose54-care", "prose54-ids", "prose54-lang", "prose54-lists", "prose54-names",
                "prose54-self", "prose54-struct", "clean54-admin", "clean54-lookalike", "clean54-news",
                "clean54-staff", "clean54-training",
                "prose55-care", "prose55-ids", "prose55-lang", "prose55-lists", "prose55-names",
                "prose55-self", "prose55-struct", "clean55-admin", "clean55-lookalike", "clean55-news",
                "clean55-staff", "clean55-training",
                "prose56-care", "prose56-ids", "prose56-lang", "prose56-lists", "prose56-names",
                "prose56-self", "prose56-struct", "clean56-admin", "clean56-lookalike", "clean56-news",
                "clean56-staff", "clean56-training",
                "prose57-care", "prose57-ids", "prose57-lang", "prose57-lists", "prose57-names",
                "prose57-self", "prose57-struct", "clean57-admin", "clean57-lookalike", "clean57-news",
                "clean57-staff", "clean57-training",
                "prose58-care", "prose58-ids", "prose58-lang", "prose58-lists", "prose58-names",
                "prose58-self", "prose58-struct", "clean58-admin", "clean58-lookalike", "clean58-news",
                "clean58-staff", "clean58-training",
                "prose59-care", "prose59-ids", "prose59-lang", "prose59-lists", "prose59-names",
                "prose59-self", "prose59-struct", "clean59-admin", "clean59-lookalike", "clean59-news",
                "clean59-staff", "clean59-training",
                "prose60-care", "prose60-ids", "prose60-lang", "prose60-lists", "prose60-names",
                "prose60-self", "prose60-struct", "clean60-admin", "clean60-lookalike", "clean60-news",
                "clean60-staff", "clean60-training",
                "prose61-care", "prose61-ids", "prose61-lang", "prose61-lists", "prose61-names",
                "prose61-self", "prose61-struct", "clean61-admin", "clean61-lookalike", "clean61-news",
                "clean61-staff", "clean61-training",
                "prose62-care", "prose62-ids", "prose62-lang", "prose62-lists", "prose62-names",
                "prose62-self", "prose62-struct", "clean62-admin", "clean62-lookalike", "clean62-news",
                "clean62-staff", "clean62-training",
                "prose63-care", "prose63-ids", "prose63-lang", "prose63-lists", "prose63-names",
                "prose63-self", "prose63-struct", "clean63-admin", "clean63-lookalike", "clean63-news",
                "clean63-staff", "clean63-training",
                "prose64-care", "prose64-ids", "prose64-lang", "prose64-lists", "prose64-names",
                "prose64-self", "prose64-struct", "clean64-admin", "clean64-lookalike", "clean64-news",
                "clean64-staff", "clean64-training",
                "prose65-care", "prose65-ids", "prose65-lang", "prose65-lists", "prose65-names",
                "prose65-self", "prose65-struct", "clean65-admin", "clean65-lookalike", "clean65-news",
                "clean65-staff", "clean65-training",
                "prose66-care", "prose66-ids", "prose66-lang", "prose66-lists", "prose66-names",
                "prose66-self", "prose66-struct", "clean66-admin", "clean66-lookalike", "clean66-news",
                "clean66-staff", "clean66-training",
                "prose67-care", "prose67-ids", "prose67-lang", "prose67-lists", "prose67-names",
                "prose67-self", "prose67-struct", "clean67-admin", "clean67-lookalike", "clean67-news",
                "clean67-staff", "clean67-training",
                "prose68-care", "prose68-ids", "prose68-lang", "prose68-lists", "prose68-names",
                "prose68-self", "prose68-struct", "clean68-admin", "clean68-lookalike", "clean68-news",
                "clean68-staff", "clean68-training",
                "prose69-care", "prose69-ids", "prose69-lang", "prose69-lists", "prose69-names",
                "prose69-self", "prose69-struct", "clean69-admin", "clean69-lookalike", "clean69-news",
                "clean69-staff", "clean69-training",
                "prose70-care", "prose70-ids", "prose70-lang", "prose70-lists", "prose70-names",
                "prose70-self", "prose70-struct", "clean70-admin", "clean70-lookalike", "clean70-news",
                "clean70-staff", "clean70-training",
                "prose71-care", "prose71-ids", "prose71-lang", "prose71-lists", "prose71-names",
                "prose71-self", "prose71-struct", "clean71-admin", "clean71-lookalike", "clean71-news",
                "clean71-staff", "clean71-training",
                "prose72-care", "prose72-ids", "prose72-lang", "prose72-lists", "prose72-names",
                "prose72-self", "prose72-struct", "clean72-admin", "clean72-lookalike", "clean72-news",
                "clean72-staff", "clean72-training",
                "prose73-care", "prose73-ids", "prose73-lang", "prose73-lists", "prose73-names",
                "prose73-self", "prose73-struct", "clean73-admin", "clean73-lookalike", "clean73-news",
                "clean73-staff", "clean73-training",
                "prose74-care", "prose74-ids", "prose74-lang", "prose74-lists", "prose74-names",
                "prose74-self", "prose74-struct", "clean74-admin", "clean74-lookalike", "clean74-news",
                "clean74-staff", "clean74-training",
                "prose75-care", "prose75-ids", "prose75-lang", "prose75-lists", "prose75-names",
                "prose75-self", "prose75-struct", "clean75-admin", "clean75-lookalike", "clean75-news",
                "clean75-staff", "clean75-training",
                "prose76-care", "prose76-ids", "prose76-lang", "prose76-lists", "prose76-names",
                "prose76-self", "prose76-struct", "clean76-admin", "clean76-lookalike", "clean76-news",
                "clean76-staff", "clean76-training",
                "prose77-care", "prose77-ids", "prose77-lang", "prose77-lists", "prose77-names",
                "prose77-self", "prose77-struct", "clean77-admin", "clean77-lookalike",
                "clean77-news", "clean77-staff", "clean77-training",
                "prose78-care", "prose78-ids", "prose78-lang", "prose78-lists", "prose78-names",
                "prose78-self", "prose78-struct", "clean78-admin", "clean78-lookalike",
                "clean78-news", "clean78-staff", "clean78-training",
                "prose79-care", "prose79-ids", "prose79-lang", "prose79-lists", "prose79-names",
                "prose79-self", "prose79-struct", "clean79-admin", "clean79-lookalike",
                "clean79-news", "clean79-staff", "clean79-training",
                "prose80-care", "prose80-ids", "prose80-lang", "prose80-lists", "prose80-names",
                "prose80-self", "prose80-struct", "clean80-admin", "clean80-lookalike",
                "clean80-news", "clean80-staff", "clean80-training",
                "prose81-care", "prose81-ids", "prose81-lang", "prose81-lists", "prose81-names",
                "prose81-self", "prose81-struct", "clean81-admin", "clean81-lookalike",
                "clean81-news", "clean81-staff", "clean81-training",
                "prose82-care", "prose82-ids", "prose82-lang", "prose82-lists", "prose82-names",
                "prose82-self", "prose82-struct", "clean82-admin", "clean82-lookalike",
                "clean82-news", "clean82-staff", "clean82-training",
                "prose83-care", "prose83-ids", "prose83-lang", "prose83-lists", "prose83-names",
                "prose83-self", "prose83-struct", "clean83-admin", "clean83-lookalike",
                "clean83-news", "clean83-staff", "clean83-training",
                "prose84-care", "prose84-ids", "prose84-lang", "prose84-lists", "prose84-names",
                "prose84-self", "prose84-struct", "clean84-admin", "clean84-lookalike",
                "clean84-news", "clean84-staff", "clean84-training",
                "prose85-care", "prose85-ids", "prose85-lang", "prose85-lists", "prose85-names",
                "prose85-self", "prose85-struct", "clean85-admin", "clean85-lookalike",
                "clean85-news", "clean85-staff", "clean85-training",
                "prose86-care", "prose86-ids", "prose86-lang", "prose86-lists", "prose86-names",
                "prose86-self", "prose86-struct", "clean86-admin", "clean86-lookalike",
                "clean86-news", "clean86-staff", "clean86-training",
                "prose87-care", "prose87-ids", "prose87-lang", "prose87-lists", "prose87-names",
                "prose87-self", "prose87-struct", "clean87-admin", "clean87-lookalike",
                "clean87-news", "clean87-staff", "clean87-training",
                "prose88-care", "prose88-ids", "prose88-lang", "prose88-lists", "prose88-names",
                "prose88-self", "prose88-struct", "clean88-admin", "clean88-lookalike",
                "clean88-news", "clean88-staff", "clean88-training",
                "prose89-care", "prose89-ids", "prose89-lang", "prose89-lists", "prose89-names",
                "prose89-self", "prose89-struct", "clean89-admin", "clean89-lookalike",
                "clean89-news", "clean89-staff", "clean89-training",
                "prose90-care", "prose90-ids", "prose90-lang", "prose90-lists", "prose90-names",
                "prose90-self", "prose90-struct", "clean90-admin", "clean90-lookalike",
                "clean90-news", "clean90-staff", "clean90-training",
                "prose91-care", "prose91-ids", "prose91-lang", "prose91-lists", "prose91-names",
                "prose91-self", "prose91-struct", "clean91-admin", "clean91-lookalike",
                "clean91-news", "clean91-staff", "clean91-training",
                "prose92-care", "prose92-ids", "prose92-lang", "prose92-lists", "prose92-names",
                "prose92-self", "prose92-struct", "clean92-admin", "clean92-lookalike",
                "clean92-news", "clean92-staff", "clean92-training",
                "prose93-care", "prose93-ids", "prose93-lang", "prose93-lists", "prose93-names",
                "prose93-self", "prose93-struct", "clean93-admin", "clean93-lookalike",
                "clean93-news", "clean93-staff", "clean93-training",
                "prose94-care", "prose94-ids", "prose94-lang", "prose94-lists", "prose94-names",
                "prose94-self", "prose94-struct", "clean94-admin", "clean94-lookalike",
                "clean94-news", "clean94-staff", "clean94-training",
                "prose95-care", "prose95-ids", "prose95-lang", "prose95-lists", "prose95-names",
                "prose95-self", "prose95-struct", "clean95-admin", "clean95-lookalike",
                "clean95-news", "clean95-staff", "clean95-training",
                "prose96-care", "prose96-ids", "prose96-lang", "prose96-lists", "prose96-names",
                "prose96-self", "prose96-struct", "clean96-admin", "clean96-lookalike",
                "clean96-news", "clean96-staff", "clean96-training",
                "prose97-care", "prose97-ids", "prose97-lang", "prose97-lists", "prose97-names",
                "prose97-self", "prose97-struct", "clean97-admin", "clean97-lookalike",
                "clean97-news", "clean97-staff", "clean97-training",
                "prose98-care", "prose98-ids", "prose98-lang", "prose98-lists", "prose98-names",
                "prose98-self", "prose98-struct", "clean98-admin", "clean98-lookalike",
                "clean98-news", "clean98-staff", "clean98-training",
                "prose99-care", "prose99-ids", "prose99-lang", "prose99-lists", "prose99-names",
                "prose99-self", "prose99-struct", "clean99-admin", "clean99-lookalike",
                "clean99-news", "clean99-staff", "clean99-training",
                "prose100-care", "prose100-ids", "prose100-lang", "prose100-lists",
                "prose100-names", "prose100-self", "prose100-struct", "clean100-admin",
                "clean100-lookalike", "clean100-news", "clean100-staff", "clean100-training",
                "prose101-care", "prose101-ids", "prose101-lang", "prose101-lists",
                "prose101-names", "prose101-self", "prose101-struct", "clean101-admin",
                "clean101-lookalike", "clean101-news", "clean101-staff", "clean101-training",
                "prose102-care", "prose102-ids", "prose102-lang", "prose102-lists",
                "prose102-names", "prose102-self", "prose102-struct", "clean102-admin",
                "clean102-lookalike", "clean102-news", "clean102-staff", "clean102-training",
                "prose103-care", "prose103-ids", "prose103-lang", "prose103-lists",
                "prose103-names", "prose103-self", "prose103-struct", "clean103-admin",
                "clean103-lookalike", "clean103-news", "clean103-staff", "clean103-training",
                "prose104-care", "prose104-ids", "prose104-lang", "prose104-lists",
                "prose104-names", "prose104-self", "prose104-struct", "clean104-admin",
                "clean104-lookalike", "clean104-news", "clean104-staff", "clean104-training",
                "prose105-care", "prose105-ids", "prose105-lang", "prose105-lists",
                "prose105-names", "prose105-self", "prose105-struct", "clean105-admin",
                "clean105-lookalike", "clean105-news", "clean105-staff", "clean105-training",
                "prose106-care", "prose106-ids", "prose106-lang", "prose106-lists",
                "prose106-names", "prose106-self", "prose106-struct", "clean106-admin",
                "clean106-lookalike", "clean106-news", "clean106-staff", "clean106-training",
                "prose107-care", "prose107-ids", "prose107-lang", "prose107-lists",
                "prose107-names", "prose107-self", "prose107-struct", "clean107-admin",
                "clean107-lookalike", "clean107-news", "clean107-staff", "clean107-training",
                "prose108-care", "prose108-ids", "prose108-lang", "prose108-lists",
                "prose108-names", "prose108-self", "prose108-struct", "clean108-admin",
                "clean108-lookalike", "clean108-news", "clean108-staff", "clean108-training",
                "prose109-care", "prose109-ids", "prose109-lang", "prose109-lists",
                "prose109-names", "prose109-self", "prose109-struct", "clean109-admin",
                "clean109-lookalike", "clean109-news", "clean109-staff", "clean109-training",
                "prose110-care", "prose110-ids", "prose110-lang", "prose110-lists",
                "prose110-names", "prose110-self", "prose110-struct", "clean110-admin",
                "clean110-lookalike", "clean110-news", "clean110-staff", "clean110-training",
                "prose111-care", "prose111-ids", "prose111-lang", "prose111-lists",
                "prose111-names", "prose111-self", "prose111-struct", "clean111-admin",
                "clean111-lookalike", "clean111-news", "clean111-staff", "clean111-training",
                "prose112-care", "prose112-ids", "prose112-lang", "prose112-lists",
                "prose112-names", "prose112-self", "prose112-struct", "clean112-admin",
                "clean112-lookalike", "clean112-news", "clean112-staff", "clean112-training",
                "prose113-care", "prose113-ids", "prose113-lang", "prose113-lists",
                "prose113-names", "prose113-self", "prose113-struct", "clean113-admin",
                "clean113-lookalike", "clean113-news", "clean113-staff", "clean113-training",
                "prose114-care", "prose114-ids", "prose114-lang", "prose114-lists",
                "prose114-names", "prose114-self", "prose114-struct", "clean114-admin",
                "clean114-lookalike", "clean114-news", "clean114-staff", "clean114-training",
                "prose115-care", "prose115-ids", "prose115-lang", "prose115-lists",
                "prose115-names", "prose115-self", "prose115-struct", "clean115-admin",
                "clean115-lookalike", "clean115-news", "clean115-staff", "clean115-training",
                "prose116-care", "prose116-ids", "prose116-lang", "prose116-lists",
                "prose116-names", "prose116-self", "prose116-struct", "clean116-admin",
                "clean116-lookalike", "clean116-news", "clean116-staff", "clean116-training",
                "prose117-care", "prose117-ids", "prose117-lang", "prose117-lists",
                "prose117-names", "prose117-self", "prose117-struct", "clean117-admin",
                "clean117-lookalike", "clean117-news", "clean117-staff", "clean117-training",
                "prose118-care", "prose118-ids", "prose118-lang", "prose118-lists",
                "prose118-names", "prose118-self", "prose118-struct", "clean118-admin",
                "clean118-lookalike", "clean118-news", "clean118-staff", "clean118-training",
                "prose119-care", "prose119-ids", "prose119-lang", "prose119-lists",
                "prose119-names", "prose119-self", "prose119-struct", "clean119-admin",
                "clean119-lookalike", "clean119-news", "clean119-staff", "clean119-training",
                "prose120-care", "prose120-ids", "prose120-lang", "prose120-lists",
                "prose120-names", "prose120-self", "prose120-struct", "clean120-admin",
                "clean120-lookalike", "clean120-news", "clean120-staff", "clean120-training",
                "prose121-care", "prose121-ids", "prose121-lang", "prose121-lists",
                "prose121-names", "prose121-self", "prose121-struct", "clean121-admin",
                "clean121-lookalike", "clean121-news", "clean121-staff", "clean121-training",
                "prose122-care", "prose122-ids", "prose122-lang", "prose122-lists",
                "prose122-names", "prose122-self", "prose122-struct", "clean122-admin",
                "clean122-lookalike", "clean122-news", "clean122-staff", "clean122-training",
                "prose123-care", "prose123-ids", "prose123-lang", "prose123-lists",
                "prose123-names", "prose123-self", "prose123-struct", "clean123-admin",
                "clean123-lookalike", "clean123-news", "clean123-staff", "clean123-training",
                # Long threads with the PHI deep in a quoted or forwarded part, from the sixth,
                # seventh and eighth sets (001-006: blind/prose6, phi-mixed-NNN; 007-012:
                # blind/prose7; 013-018: blind/prose8).
                "prose-threads"]
# Made by their own generators (generate_ocr.py, which needs PIL and LibreOffice; generate_tables.py;
# generate_interchange.py): kept likewise.
SEPARATE = ["phi-ocr", "phi-tables", "neg-tables", "phi-hl7", "phi-x12", "phi-fhir", "neg-interchange"]

# --------------------------------------------------------------------------------------------
# Reference data (all codes below are billable ICD-10-CM / valid ICD-9-CM codes)
# --------------------------------------------------------------------------------------------
# (plain-language condition name a dictionary would know, billable ICD-10-CM code)
DIAG = [
    ("type 2 diabetes mellitus", "E11.9"), ("type 2 diabetes mellitus with hyperglycemia", "E11.65"),
    ("diabetic nephropathy", "E11.21"), ("diabetic polyneuropathy", "E11.42"),
    ("type 1 diabetes mellitus", "E10.9"), ("hypothyroidism", "E03.9"), ("hyperlipidemia", "E78.5"),
    ("hypercholesterolemia", "E78.00"), ("obesity", "E66.9"), ("morbid obesity", "E66.01"),
    ("vitamin D deficiency", "E55.9"), ("hyponatremia", "E87.1"), ("dehydration", "E86.0"),
    ("hyperthyroidism", "E05.90"), ("hypertension", "I10"), ("hypertensive heart disease", "I11.9"),
    ("coronary artery disease", "I25.10"), ("atrial fibrillation", "I48.91"),
    ("congestive heart failure", "I50.9"), ("chronic diastolic heart failure", "I50.32"),
    ("ischemic stroke", "I63.9"), ("peripheral vascular disease", "I73.9"), ("NSTEMI", "I21.4"),
    ("angina pectoris", "I20.9"), ("aortic stenosis", "I35.0"), ("asthma", "J45.909"),
    ("mild intermittent asthma", "J45.20"), ("COPD", "J44.9"), ("COPD with acute exacerbation", "J44.1"),
    ("pneumonia", "J18.9"), ("acute bronchitis", "J20.9"), ("acute sinusitis", "J01.90"),
    ("allergic rhinitis", "J30.9"), ("acute respiratory failure with hypoxia", "J96.01"),
    ("gastroesophageal reflux disease", "K21.9"), ("gastritis", "K29.70"), ("diverticulosis", "K57.30"),
    ("irritable bowel syndrome", "K58.9"), ("cholelithiasis", "K80.20"), ("acute appendicitis", "K35.80"),
    ("urinary tract infection", "N39.0"), ("chronic kidney disease, stage 4", "N18.4"),
    ("end stage renal disease", "N18.6"), ("acute kidney failure", "N17.9"),
    ("benign prostatic hyperplasia", "N40.0"), ("kidney stone", "N20.0"),
    ("major depressive disorder", "F32.9"), ("depression", "F32.A"),
    ("major depressive disorder, recurrent, moderate", "F33.1"), ("generalized anxiety disorder", "F41.1"),
    ("anxiety disorder", "F41.9"), ("post-traumatic stress disorder", "F43.10"), ("ADHD", "F90.0"),
    ("alcohol dependence", "F10.20"), ("nicotine dependence", "F17.210"), ("schizophrenia", "F20.9"),
    ("bipolar disorder", "F31.9"), ("autism spectrum disorder", "F84.0"),
    ("obstructive sleep apnea", "G47.33"), ("migraine", "G43.909"), ("epilepsy", "G40.909"),
    ("Alzheimer's disease", "G30.9"), ("restless legs syndrome", "G25.81"), ("peripheral neuropathy", "G62.9"),
    ("chronic pain syndrome", "G89.4"), ("osteoarthritis of the right knee", "M17.11"),
    ("osteoarthritis", "M19.90"), ("rheumatoid arthritis", "M06.9"), ("gout", "M10.9"),
    ("osteoporosis", "M81.0"), ("plantar fasciitis", "M72.2"), ("low back pain", "M54.50"),
    ("COVID-19", "U07.1"), ("HIV disease", "B20"), ("chronic hepatitis C", "B18.2"), ("sepsis", "A41.9"),
    ("breast cancer", "C50.911"), ("breast cancer", "C50.912"), ("lung cancer", "C34.90"),
    ("prostate cancer", "C61"), ("colon cancer", "C18.9"), ("pancreatic cancer", "C25.9"),
    ("chronic lymphocytic leukemia", "C91.10"), ("bone metastasis", "C79.51"),
    ("iron deficiency anemia", "D50.9"), ("anemia", "D64.9"), ("thrombocytopenia", "D69.6"),
    ("psoriasis", "L40.0"), ("cellulitis of the right lower leg", "L03.115"), ("acne", "L70.0"),
    ("cataract", "H25.9"), ("otitis media", "H66.90"), ("conjunctivitis", "H10.9"),
    ("hip fracture", "S72.001A"), ("concussion", "S06.0X0A"), ("tibia fracture", "S82.201A"),
    ("ankle sprain", "S93.401A"), ("gastroenteritis", "A09"), ("hypoglycemia", "E16.2"),
    ("prediabetes", "R73.03"), ("Crohn's disease", "K50.90"), ("ulcerative colitis", "K51.90"),
    ("pulmonary embolism", "I26.99"), ("deep vein thrombosis", "I82.409"),
    ("dementia", "F03.90"), ("Parkinson's disease", "G20.C"),
]
# codes without a dictionary condition name (symptoms, status and encounter codes)
CODES_ONLY = ["R07.9", "R55", "R50.9", "R51.9", "R05.9", "R53.83", "R11.2", "R42", "R19.7", "R10.9",
              "R06.02", "R31.9", "R63.4", "R00.0", "M25.561", "M62.81", "Z00.00", "Z12.31", "Z23",
              "Z51.11", "Z91.81", "Z96.651", "Z95.1", "Z79.4", "Z79.01", "Z79.899", "Z86.73",
              "Z87.891", "Z99.2", "Z94.0", "Z68.41", "T78.40XA", "W19.XXXA", "Z30.011", "H52.4",
              "E89.0", "D68.9", "B34.9", "K92.2", "K59.00", "Z01.419", "Z00.01", "S52.501A"]
ICD9 = ["250.00", "401.9", "296.32", "V58.67", "428.0", "493.90", "272.4", "414.01", "715.96",
        "427.31", "244.9", "278.00", "530.81", "599.0", "300.00", "786.50", "780.79", "305.1"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "insulin glargine", "sertraline", "Eliquis",
        "amlodipine", "levothyroxine", "omeprazole", "albuterol", "gabapentin", "hydrochlorothiazide",
        "losartan", "simvastatin", "metoprolol succinate", "furosemide", "warfarin", "prednisone",
        "amoxicillin", "azithromycin", "escitalopram", "fluoxetine", "bupropion", "trazodone",
        "Jardiance", "Ozempic", "Trulicity", "Xarelto", "Humira", "Keytruda", "tamoxifen",
        "montelukast", "tiotropium", "Symbicort", "pantoprazole", "clopidogrel", "carvedilol",
        "spironolactone", "tramadol", "oxycodone", "buprenorphine", "quetiapine", "aripiprazole",
        "lithium carbonate", "lamotrigine", "levetiracetam", "donepezil", "methotrexate",
        "allopurinol", "Biktarvy", "insulin lispro", "Entresto", "apixaban", "rosuvastatin"]
DOSES = ["5 mg daily", "10 mg PO daily", "500 mg BID", "20 mg at bedtime", "25 mg once daily",
         "40 mg daily", "1000 mg twice daily", "0.5 mg weekly", "2 puffs q4h PRN", "100 mcg daily",
         "12 units subcutaneously at bedtime", "50 mg BID", "81 mg daily"]
PAYERS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Medicaid",
          "Medicare Advantage (Humana Gold Plus)", "Anthem", "Kaiser Permanente", "Molina Healthcare",
          "Tricare", "Ambetter"]
AREA_CODES = ["217", "312", "415", "503", "614", "713", "212", "404", "602", "303", "206", "617",
              "919", "801", "412", "504", "216", "480", "702", "813", "952", "410", "804", "608"]
WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
BAD_SSNS = {"078051120", "219099999", "457555462"} | {f"98765432{d}" for d in range(10)}

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain protected health "
    "information (PHI) that is privileged and confidential under the Health Insurance Portability and "
    "Accountability Act (HIPAA) and 45 CFR Parts 160 and 164. If you are not the intended recipient, "
    "you are hereby notified that any review, disclosure, copying or distribution is strictly "
    "prohibited. Please notify the sender immediately and destroy all copies.",
    "This message is intended only for the use of the individual or entity to which it is addressed "
    "and may contain information that is privileged, confidential and exempt from disclosure under "
    "applicable law, including HIPAA. If you received this in error, please delete it and call us.",
    "PRIVILEGED AND CONFIDENTIAL. This communication may contain PHI as defined by HIPAA. Federal "
    "and state law require that you protect this information. Unauthorized redisclosure is "
    "prohibited (42 CFR Part 2 where applicable).",
    "NOTICE: The information contained in this email is confidential and may include patient "
    "information protected by HIPAA. Do not forward outside the organization without encryption. "
    "Report misdirected PHI to the Privacy Office.",
    "Disclaimer: Email is not a secure channel. Please do not send Social Security numbers, medical "
    "record numbers or other PHI by unencrypted email. This footer contains no PHI.",
]
FILLER = [
    "Let me know if you need anything else from our side.",
    "Thanks again for your help with this.",
    "We are short-staffed this week, so responses may be slower than usual.",
    "I tried calling earlier but the line was busy.",
    "Our front desk will follow up on scheduling.",
    "Please confirm receipt when you get a chance.",
    "The portal was down this morning so I am sending this by email instead.",
    "Happy to discuss on the phone if that is easier.",
    "I have copied our office manager on this thread.",
    "Apologies for the delay in getting back to you.",
]


# --------------------------------------------------------------------------------------------
# Identifier generators with valid check digits
# --------------------------------------------------------------------------------------------
def luhn_check_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == int(number[-1])


def npi_valid(npi: str) -> bool:
    return len(npi) == 10 and npi[0] in "12" and luhn_valid("80840" + npi)


def dea_valid(dea: str) -> bool:
    d = [int(c) for c in dea[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def ssn_valid(s: str) -> bool:
    s = s.replace("-", "")
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return (len(s) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0
            and s not in BAD_SSNS)


def mbi_valid(m: str) -> bool:
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    let = set(MBI_LETTERS)
    ok = m[0] in "123456789"
    for i in (1, 4, 7, 8):
        ok &= m[i] in let
    for i in (2, 5):
        ok &= m[i] in let or m[i].isdigit()
    for i in (3, 6, 9, 10):
        ok &= m[i].isdigit()
    return ok


class Gen:
    """Holds the seeded random sources and makes fictitious people, providers and identifiers."""

    def __init__(self, seed: int):
        from faker import Faker
        self.r = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.mid = 0

    # identifiers -------------------------------------------------------------------------
    def ssn(self) -> str:
        r = self.r
        while True:
            s = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
            if ssn_valid(s):
                return f"{s[:3]}-{s[3:5]}-{s[5:]}"

    def npi(self) -> str:
        base = str(self.r.choice([1, 2])) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        npi = base + str(luhn_check_digit("80840" + base))
        assert npi_valid(npi)
        return npi

    def dea(self, last: str) -> str:
        r = self.r
        d = [r.randint(0, 9) for _ in range(6)]
        check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
        v = r.choice("ABFGMPRX") + last[0].upper() + "".join(map(str, d)) + str(check)
        assert dea_valid(v)
        return v

    def mbi(self, dashed=False) -> str:
        r = self.r
        L = MBI_LETTERS
        an = L + "0123456789"
        c = [r.choice("123456789"), r.choice(L), r.choice(an), str(r.randint(0, 9)), r.choice(L),
             r.choice(an), str(r.randint(0, 9)), r.choice(L), r.choice(L), str(r.randint(0, 9)),
             str(r.randint(0, 9))]
        m = "".join(c)
        assert mbi_valid(m)
        return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m

    def hicn(self) -> str:
        return self.ssn().replace("-", "") + self.r.choice(["A", "B", "C1", "D", "M", "T", "W", "B1"])

    def mrn(self) -> str:
        r = self.r
        return r.choice([
            lambda: str(r.randint(1000000, 9999999)),
            lambda: f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            lambda: "E" + str(r.randint(10000000, 99999999)),
            lambda: f"{r.randint(100000000, 999999999)}",
            lambda: f"MR{r.randint(100000, 999999)}",
        ])()

    def member_id(self) -> str:
        r = self.r
        return r.choice([
            lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(r.randint(100000000, 999999999)),
            lambda: "W" + str(r.randint(1000000000, 9999999999)),
            lambda: f"{r.randint(100000000, 999999999)}-0{r.randint(1, 4)}",
            lambda: "U" + str(r.randint(10000000, 99999999)) + "01",
        ])()

    def account(self) -> str:
        return str(self.r.randint(10000000, 999999999))

    def phone(self) -> str:
        r = self.r
        a, e, n = r.choice(AREA_CODES), r.randint(201, 989), r.randint(1000, 9999)
        if e == 555:
            e = 556
        return r.choice([f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}",
                         f"({a}) {e}-{n:04d}", f"+1 {a} {e} {n:04d}"])

    def address(self) -> tuple[str, str]:
        f = self.fake
        state = f.state_abbr(include_territories=False, include_freely_associated_states=False)
        zipc = f.zipcode_in_state(state)
        street = f.street_address()
        return street, f"{f.city()}, {state} {zipc}"

    def date_between(self, y0: int, y1: int) -> dt.date:
        r = self.r
        return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

    def fmt_date(self, d: dt.date) -> str:
        r = self.r
        return r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                         d.isoformat(), f"{MONTH_LONG[d.month - 1]} {d.day}, {d.year}",
                         f"{MONTH[d.month - 1]} {d.day}, {d.year}", f"{d.month:02d}-{d.day:02d}-{d.year}"])

    def boundary(self, tag="") -> str:
        r = self.r
        return r.choice([f"----=_Part_{r.randint(1000, 99999)}_{r.getrandbits(32)}.{r.getrandbits(40)}",
                         f"000000000000{r.getrandbits(48):012x}",
                         f"_----------=_{r.getrandbits(64):016X}",
                         f"==_NextPart_{r.getrandbits(32):08X}_{tag}"])

    def person(self):
        return Person(self)

    def provider(self, physician=True):
        return Provider(self, physician)


class Person:
    """A fictitious patient."""

    def __init__(self, g: Gen):
        r, f = g.r, g.fake
        self.sex = r.choice("MF")
        self.first = f.first_name_male() if self.sex == "M" else f.first_name_female()
        self.last = f.last_name()
        self.name = f"{self.first} {self.last}"
        self.title = "Mr." if self.sex == "M" else r.choice(["Ms.", "Mrs."])
        self.dob = g.date_between(1932, 2016)
        self.dob_s = g.fmt_date(self.dob)
        self.ssn = g.ssn()
        self.mrn = g.mrn()
        self.member = g.member_id()
        self.mbi = g.mbi(dashed=r.random() < 0.4)
        self.hicn = g.hicn()
        self.street, self.cityline = g.address()
        self.address = f"{self.street}, {self.cityline}"
        self.phone = g.phone()
        self.email = (f"{self.first.lower()}.{self.last.lower()}{r.randint(1, 99)}@"
                      + r.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com",
                                  "comcast.net", "hotmail.com"]))
        self.account = g.account()
        self.dx = r.sample(DIAG, r.randint(1, 3))
        self.codes = r.sample(CODES_ONLY, r.randint(0, 2))
        self.meds = [(m, r.choice(DOSES)) for m in r.sample(MEDS, r.randint(1, 4))]
        self.admit = g.date_between(2022, 2024)
        self.discharge = self.admit + dt.timedelta(days=r.randint(1, 12))
        self.payer = r.choice(PAYERS)
        self.group = str(r.randint(10000, 999999))


ORG_KINDS = ["Family Medicine", "Medical Group", "Health Partners", "Cardiology Associates",
             "Regional Medical Center", "Community Hospital", "Orthopedic Clinic", "Behavioral Health",
             "Endocrinology", "Pulmonary Associates", "Oncology Center", "Internal Medicine"]
SPECIALTIES = ["Internal Medicine", "Family Medicine", "Cardiology", "Endocrinology", "Oncology",
               "Psychiatry", "Pulmonology", "Nephrology", "Orthopedic Surgery", "Neurology"]
STAFF_TITLES = ["Care Coordinator", "Prior Authorization Specialist", "Referral Coordinator",
                "Billing Specialist", "RN Case Manager", "Medical Assistant", "Practice Manager",
                "Utilization Review Nurse", "Patient Access Representative", "HIM Specialist"]


class Provider:
    """A fictitious clinician or staff member with an organisation and a signature."""

    def __init__(self, g: Gen, physician=True):
        r, f = g.r, g.fake
        self.first, self.last = f.first_name(), f.last_name()
        self.physician = physician
        self.creds = r.choice(["MD", "DO", "MD, FACP", "NP", "PA-C"]) if physician else r.choice(["RN", "CPC", "", "LPN", "MBA"])
        self.title = r.choice(SPECIALTIES) if physician else r.choice(STAFF_TITLES)
        orgbase = f.last_name() if r.random() < 0.6 else f.city()
        self.org = f"{orgbase} {r.choice(ORG_KINDS)}"
        self.domain = re.sub(r"[^a-z]", "", orgbase.lower()) + r.choice(["health.org", "med.com", "clinic.org", "hc.net", "physicians.com"])
        self.email = f"{self.first[0].lower()}{self.last.lower()}@{self.domain}"
        self.street, self.cityline = g.address()
        self.phone = g.phone()
        self.fax = g.phone()
        self.npi = g.npi()
        self.dea = g.dea(self.last)
        self.display = f"{self.first} {self.last}" + (f", {self.creds}" if self.creds else "")

    def signature(self, c: "Ctx", r: random.Random, npi=None, dea=None) -> str:
        saved, c.org_mode = c.org_mode, True
        try:
            return self._signature(c, r, npi, dea)
        finally:
            c.org_mode = saved

    def _signature(self, c: "Ctx", r: random.Random, npi, dea) -> str:
        lines = ["", r.choice(["--", "Thanks,", "Best regards,", "Sincerely,", "Regards,", "-- ", "Thank you,"]),
                 self.display]
        lines.append(self.title)
        lines.append(self.org)
        if r.random() < 0.8:
            lines += [self.street, self.cityline]
            c.add("ADDRESS", needle=self.street)
        ph = r.choice(["Phone: ", "Tel ", "P: ", "Office: ", "Ph. "])
        lines.append(f"{ph}{self.phone}")
        c.add("PHONE", needle=self.phone)
        if r.random() < 0.8:
            lines.append(f"{r.choice(['Fax: ', 'F: ', 'Fax '])}{self.fax}")
            c.add("FAX", needle=self.fax)
        if r.random() < 0.5:
            lines.append(self.email)
            c.add("EMAIL", needle=self.email)
        npi = self.physician and (r.random() < 0.7 if npi is None else npi)
        dea = self.physician and (r.random() < 0.4 if dea is None else dea)
        if npi:
            lines.append(f"{r.choice(['NPI: ', 'NPI # ', 'NPI '])}{self.npi}")
            c.add("NPI", needle=self.npi)
        if dea:
            lines.append(f"{r.choice(['DEA: ', 'DEA# ', 'DEA Reg. '])}{self.dea}")
            c.add("DEA", needle=self.dea)
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Per-message context: collects the labelled types and the identifier strings (needles)
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, g: Gen, category: str):
        self.g, self.r, self.category = g, g.r, category
        self.types: set[str] = set()
        self.needles: list[str] = []
        self.unscannable: list[str] = []
        self.phi: bool | None = None
        self.ptypes: set[str] = set()  # types that identify a patient (not a provider or a company)
        self.org_mode = False
        self.evidence: dict[str, list[str]] = {}  # type -> strings that show it in the content

    def add(self, *types: str, needle: str | None = None):
        """Records types present in the content; needle is the text that shows all of them."""
        for t in types:
            assert t in CANONICAL, t
            self.types.add(t)
            if not self.org_mode:
                self.ptypes.add(t)
            if needle:
                self.evidence.setdefault(t, []).append(needle)
        if needle:
            self.needles.append(needle)

    def ev(self, **by_type: str):
        """Records several types, each with its own evidence string."""
        for t, v in by_type.items():
            self.add(t, needle=v)

    def merge(self, other: "Ctx"):
        self.types |= other.types
        self.ptypes |= other.ptypes
        self.needles += other.needles
        for t, v in other.evidence.items():
            self.evidence.setdefault(t, []).extend(v)

    def verdict(self) -> bool:
        """Applies the corpus labelling policy to the collected types."""
        if self.phi is not None:
            return self.phi
        t = self.types
        strong = t & {"SSN", "MBI", "HICN", "MRN", "MEMBER_ID"}
        person = self.ptypes & {"NAME", "DOB", "ADDRESS", "PHONE", "EMAIL", "ACCOUNT"}
        health = t & {"ICD10", "ICD9", "DIAGNOSIS", "MEDICATION"}
        return bool(strong or (person and health))


# ---- text snippets that mark types ------------------------------------------------------------
def lab(r, *options):
    return r.choice(options)


def f_name(c: Ctx, p: Person, labelled=True) -> str:
    r = c.r
    if r.random() < 0.2:
        v = f"{p.last}, {p.first}"
    else:
        v = p.name
    c.add("NAME", needle=v)
    return lab(r, "Patient: ", "Patient Name: ", "Pt: ", "Name: ", "PATIENT NAME: ", "Patient name: ", "Pt name: ") + v


def f_dob(c: Ctx, p: Person) -> str:
    c.add("DOB", needle=p.dob_s)
    return lab(c.r, "DOB: ", "D.O.B. ", "Date of Birth: ", "DOB ", "Birthdate: ", "Date of birth: ") + p.dob_s


def f_ssn(c: Ctx, p: Person) -> str:
    r = c.r
    if r.random() < 0.15:
        v = p.ssn.replace("-", "")
        c.add("SSN", needle=v)
        return lab(r, "SSN: ", "Social Security Number: ", "SSN# ") + v
    c.add("SSN", needle=p.ssn)
    return lab(r, "SSN: ", "SS#: ", "Social Security #: ", "SSN ", "Soc Sec No: ", "") + p.ssn


def f_mrn(c: Ctx, p: Person) -> str:
    c.add("MRN", needle=p.mrn)
    return lab(c.r, "MRN: ", "MRN ", "Medical Record #: ", "MR#: ", "MR# ", "Patient ID: ", "Medical Record Number: ") + p.mrn


def f_member(c: Ctx, p: Person) -> str:
    c.add("MEMBER_ID", needle=p.member)
    return lab(c.r, "Member ID: ", "Member ID# ", "Subscriber ID: ", "Policy #: ", "Group/Member: " + p.group + "/", "Member #: ") + p.member


def f_mbi(c: Ctx, p: Person) -> str:
    c.add("MBI", needle=p.mbi)
    return lab(c.r, "Medicare MBI: ", "MBI: ", "Medicare ID (MBI): ", "Medicare Beneficiary Identifier: ", "Medicare #: ") + p.mbi


def f_hicn(c: Ctx, p: Person) -> str:
    c.add("HICN", needle=p.hicn)
    return lab(c.r, "HICN: ", "Medicare claim number: ", "HICN# ", "Old Medicare claim number (HICN): ") + p.hicn


def f_addr(c: Ctx, p: Person) -> str:
    c.add("ADDRESS", needle=p.street)
    return lab(c.r, "Address: ", "Home address: ", "Addr: ", "Mailing address: ") + p.address


def f_phone(c: Ctx, p: Person) -> str:
    c.add("PHONE", needle=p.phone)
    return lab(c.r, "Phone: ", "Home phone: ", "Cell: ", "Tel: ", "Contact #: ", "Mobile: ") + p.phone


def f_email(c: Ctx, p: Person) -> str:
    c.add("EMAIL", needle=p.email)
    return lab(c.r, "Email: ", "E-mail: ", "Patient email: ") + p.email


def f_account(c: Ctx, p: Person) -> str:
    c.add("ACCOUNT", needle=p.account)
    return lab(c.r, "Account #: ", "Acct No. ", "Account Number: ", "Acct #: ", "Guarantor Account #: ") + p.account


def f_dx(c: Ctx, p: Person, with_code=None) -> str:
    r = c.r
    parts = []
    for term, code in p.dx:
        mode = r.choice(["both", "both", "term", "code"]) if with_code is None else with_code
        if mode == "both":
            c.ev(DIAGNOSIS=term, ICD10=code)
            parts.append(r.choice([f"{term} ({code})", f"{code} {term}", f"{code} - {term.capitalize()}"]))
        elif mode == "term":
            c.add("DIAGNOSIS", needle=term)
            parts.append(term)
        else:
            c.add("ICD10", needle=code)
            parts.append(code)
    for code in p.codes:
        c.add("ICD10", needle=code)
        parts.append(code)
    return lab(r, "Diagnosis: ", "Dx: ", "Diagnoses: ", "Primary Dx: ", "Assessment: ", "Dx codes: ") + "; ".join(parts)


def f_meds(c: Ctx, p: Person) -> str:
    c.add("MEDICATION", needle=p.meds[0][0])
    return lab(c.r, "Medications: ", "Current meds: ", "Meds: ", "Rx: ", "Active medications: ") + ", ".join(f"{m} {d}" for m, d in p.meds)


def f_dates(c: Ctx, p: Person) -> list[str]:
    g = c.g
    a, d = g.fmt_date(p.admit), g.fmt_date(p.discharge)
    r = c.r
    c.add("DATE", needle=a)
    if r.random() < 0.5:
        c.add("DATE", needle=d)
        return [f"Admission Date: {a}", f"Discharge Date: {d}"]
    return [lab(r, "Date of service: ", "DOS: ", "Date of Service: ") + a]


FIELD_FUNCS = {"name": f_name, "dob": f_dob, "ssn": f_ssn, "mrn": f_mrn, "member": f_member,
               "mbi": f_mbi, "hicn": f_hicn, "addr": f_addr, "phone": f_phone, "email": f_email,
               "account": f_account, "dx": f_dx, "meds": f_meds}


def field_block(c: Ctx, p: Person, keys) -> list[str]:
    out = []
    for k in keys:
        if k == "dates":
            out += f_dates(c, p)
        else:
            out.append(FIELD_FUNCS[k](c, p))
    return out


def pick_fields(r: random.Random, must=("name",), strong=True) -> list[str]:
    keys = list(must)
    pool = ["dob", "mrn", "member", "addr", "phone", "account", "email", "mbi", "ssn", "hicn", "dates"]
    keys += [k for k in r.sample(pool, r.randint(2, 6)) if k not in keys]
    if strong and not set(keys) & {"ssn", "mrn", "member", "mbi", "hicn"}:
        keys.append(r.choice(["ssn", "mrn", "member", "mbi"]))
    keys += ["dx"] + (["meds"] if r.random() < 0.7 else [])
    return keys


def quoted_reply(c: Ctx, who: Provider, text: str, when: dt.datetime) -> str:
    r = c.r
    if r.random() < 0.6:
        saved, c.org_mode = c.org_mode, True
        c.add("EMAIL", needle=who.email)
        c.org_mode = saved
        head = f"On {WEEKDAY[when.weekday()]}, {MONTH[when.month - 1]} {when.day}, {when.year} at {when.hour % 12 or 12}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}, {who.first} {who.last} <{who.email}> wrote:"
    else:
        head = f"On {when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}, {who.first} {who.last} wrote:"
    return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def outlook_quote(c: Ctx, who: Provider, to: Provider, subject: str, text: str, when: dt.datetime) -> str:
    saved, c.org_mode = c.org_mode, True
    c.add("EMAIL", needle=who.email)
    c.org_mode = saved
    return ("\n-----Original Message-----\n"
            f"From: {who.first} {who.last} <{who.email}>\n"
            f"Sent: {WEEKDAY[when.weekday()]}day, {MONTH_LONG[when.month - 1]} {when.day}, {when.year} {when.hour % 12 or 12}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}\n"
            f"To: {to.first} {to.last} <{to.email}>\n"
            f"Subject: {subject}\n\n{text}")


PROTECT: list[str] = []  # multi-word values that wrap() must not break (set by compose)
_LABEL_VALUE = re.compile(r"(?:born on|DOB|SSN|MRN|ICD-9 code|ICD-9|patient|Patient) \S+")
_UNBREAKABLE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\(\d{3}\) \d{3}|\+1 \d{3} \d{3} \d{4}")


def wrap(text: str, width=None, r=None) -> str:
    """Hard-wraps paragraphs at 72 columns like a plain-text mailer, never inside an identifier."""
    import textwrap
    width = width or 72
    glue = "\x01"
    for v in PROTECT:
        if " " in v:
            text = text.replace(v, v.replace(" ", glue))
    text = _UNBREAKABLE.sub(lambda m: m.group(0).replace(" ", glue), text)
    text = _LABEL_VALUE.sub(lambda m: m.group(0).replace(" ", glue), text)
    out = "\n".join(textwrap.fill(par, width, break_on_hyphens=False, break_long_words=False) if par and not par.startswith(">") else par
                    for par in text.split("\n"))
    return out.replace(glue, " ")


# ---- PHI letters -----------------------------------------------------------------------------
def letter_referral(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    dxs = f_dx(c, p, with_code=r.choice(["both", "term", None]))
    body = [f"Dear Dr. {rcpt.last},", "",
            wrap(f"I am referring my patient {p.name} (DOB {p.dob_s}) to your practice for evaluation "
                 f"and management. {'She' if p.sex == 'F' else 'He'} was seen in our "
                 f"clinic on {c.g.fmt_date(p.admit)} and {r.choice(['continues to struggle with', 'has worsening', 'was recently diagnosed with'])} "
                 f"{p.dx[0][0]}.")]
    c.ev(NAME=p.name, DOB=p.dob_s, DIAGNOSIS=p.dx[0][0])
    body += ["", "Relevant details:"] + ["  " + x for x in field_block(c, p, [k for k in pick_fields(r, must=()) if k not in ("dx",)])]
    body += ["  " + dxs]
    body += ["", wrap(r.choice([
        "Recent labs are attached to the chart. Please let us know if you need imaging reports.",
        "Two first-line agents have failed. We would appreciate your recommendations.",
        f"{'She' if p.sex == 'F' else 'He'} is anxious about the visit; please call directly to schedule.",
        "Insurance authorization is in process; referral number will follow."]))]
    return "\n".join(body)


def letter_discharge(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    g = c.g
    lines = [r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY"]), ""]
    lines += field_block(c, p, ["name", "dob", "mrn"] + r.sample(["account", "member", "phone"], r.randint(0, 2)))
    if r.random() < 0.3:
        lines += f_dates(c, p)
    else:
        a, d = g.fmt_date(p.admit), g.fmt_date(p.discharge)
        lines += [f"Admission Date: {a}", f"Discharge Date: {d}"]
        c.add("DATE", needle=a)
        c.add("DATE", needle=d)
    lines += ["", "DISCHARGE DIAGNOSES:"]
    for i, (term, code) in enumerate(p.dx, 1):
        lines.append(f"  {i}. {term.capitalize()} - {code}")
        c.ev(DIAGNOSIS=term, ICD10=code)
    lines += ["", "HOSPITAL COURSE:", wrap(
        f"The patient is a {r.randint(19, 92)}-year-old {'man' if p.sex == 'M' else 'woman'} admitted with "
        f"{p.dx[0][0]}. {r.choice(['Treated with IV fluids and antibiotics.', 'Cardiology was consulted.', 'Symptoms improved over the stay.', 'Endocrinology adjusted the regimen.'])} "
        f"Discharged home in stable condition with home health follow-up.")]
    lines += ["", "DISCHARGE MEDICATIONS:"] + [f"  - {m} {d}" for m, d in p.meds]
    c.add("MEDICATION", needle=p.meds[0][0])
    lines += ["", f"Follow up with {r.choice(['PCP', 'cardiology', 'endocrinology'])} in {r.randint(1, 4)} weeks."]
    return "\n".join(lines)


def letter_prior_auth(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    med, dose = p.meds[0]
    c.add("MEDICATION", needle=med)
    lines = [r.choice(["Hello,", "Hi,", "Good morning,", "To the Utilization Review team,"]), "",
             wrap(f"Please find below a prior authorization request for {med} {dose}. "
                  f"Clinical notes to follow by fax."), "",
             r.choice(["PRIOR AUTHORIZATION REQUEST", "Prior Auth Request", "PA REQUEST - PHARMACY"]),
             ]
    lines += field_block(c, p, ["name", "dob"] + r.sample(["member", "mbi", "hicn", "mrn"], r.randint(1, 2)) + r.sample(["phone", "addr"], r.randint(0, 2)))
    lines += [f"Plan: {p.payer}", f"Requested drug: {med} {dose}", f_dx(c, p, with_code=r.choice(["both", "code"]))]
    lines += [f"Prescriber: {sender.display}", f"Prescriber NPI: {sender.npi}"]
    c.add("NPI", needle=sender.npi)
    lines += ["", wrap(r.choice(["Patient has tried and failed metformin and glipizide.",
                                 "Step therapy requirement met; see attached history.",
                                 "Urgent request: patient is out of medication on Friday."]))]
    return "\n".join(lines)


def letter_lab(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    name_line = f_name(c, p)
    ident = field_block(c, p, r.sample(["mrn", "dob", "member", "ssn"], r.randint(1, 2)))
    a1c = round(r.uniform(5.6, 11.9), 1)
    lines = [f"Hi {rcpt.first},", "",
             f"Results came back for the patient below. {r.choice(FILLER)}", "",
             name_line] + ident + [
             f"HbA1c: {a1c}%   LDL: {r.randint(60, 190)} mg/dL   eGFR: {r.randint(18, 110)}",
             f_dx(c, p), ""]
    if r.random() < 0.6:
        lines.append(wrap(f"Plan: continue {p.meds[0][0]}, recheck in 3 months."))
        c.add("MEDICATION", needle=p.meds[0][0])
    return "\n".join(lines)


def letter_billing(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    c.add("NAME", needle=p.name)
    code9 = r.choice(ICD9)
    c.add("ICD9", needle=code9)
    lines = [f"Re: {p.name}", "",
             wrap(f"The claim for the above patient was denied for an invalid diagnosis. The original "
                  f"submission still carried the ICD-9 code {code9}; it has to be recoded to ICD-10 "
                  f"before resubmission."), ""]
    lines += field_block(c, p, [r.choice(["hicn", "mbi", "member"]), "account", "dates"])
    lines += [f_dx(c, p, with_code="code")]
    if r.random() < 0.6:  # claim systems print codes without the dot
        code = p.dx[0][1].replace(".", "")
        c.add("ICD10", needle=code)
        lines.append(r.choice(["ICD-10: ", "Dx code ", "Diagnosis code: ", "ICD-10-CM "]) + code)
    lines += ["", r.choice(FILLER)]
    return "\n".join(lines)


def letter_case(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    c.ev(NAME=p.name, DOB=p.dob_s, ADDRESS=p.street, PHONE=p.phone, DIAGNOSIS=p.dx[0][0])
    txt = (f"Case management note: I spoke with {p.title} {p.last} today. {p.name}, born on {p.dob_s}, "
           f"lives alone at {p.address} and can be reached at {p.phone}. "
           f"{'She' if p.sex == 'F' else 'He'} was diagnosed with {p.dx[0][0]} last year and is "
           f"{r.choice(['not taking', 'rationing', 'doing well on'])} {p.meds[0][0]}. "
           f"Home health referral placed.")
    c.add("MEDICATION", needle=p.meds[0][0])
    extra = field_block(c, p, r.sample(["mrn", "member", "email", "ssn"], r.randint(0, 2)))
    return "\n".join([f"Hi {rcpt.first},", "", wrap(txt), ""] + extra)


def letter_short(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    c.ev(NAME=p.name, SSN=p.ssn)
    mrn = f_mrn(c, p)
    return r.choice([
        f"SSN for {p.name} is {p.ssn}, please update the chart ({mrn}). Thx",
        f"Can you fix the registration for {p.name}? SSN on file should be {p.ssn}. {mrn}",
        f"{p.name} - correct SSN {p.ssn}\n{mrn}\nThanks!",
    ])


def letter_to_patient(c: Ctx, p: Person, sender: Provider, rcpt: Provider) -> str:
    r = c.r
    med = p.meds[0][0]
    c.ev(NAME=p.last, MEDICATION=med)
    lines = [f"Dear {p.title} {p.last},", "",
             wrap(f"Your refill request for {med} has been sent to your pharmacy. "
                  f"{r.choice(['Dr. ' + sender.last + ' would like to see you before the next refill.', 'Please schedule your 3-month follow-up.', 'Remember to bring your glucose log to the next visit.'])}")]
    if r.random() < 0.7:
        lines += ["", f_dx(c, p, with_code="term")]
    if r.random() < 0.5:
        lines += [f_mrn(c, p)]
    return "\n".join(lines)


LETTERS = [letter_referral, letter_discharge, letter_prior_auth, letter_lab, letter_billing,
           letter_case, letter_short, letter_to_patient]

LETTER_SUBJECTS = {
    "letter_referral": ["Referral", "New referral", "RE: referral", "Referral - please schedule", "Consult request"],
    "letter_discharge": ["Discharge summary", "D/C summary", "Discharge paperwork", "FW: discharge summary"],
    "letter_prior_auth": ["Prior auth request", "Urgent - PA needed", "PA request", "Prior authorization"],
    "letter_lab": ["Lab results", "Labs back", "Results", "RE: labs"],
    "letter_billing": ["Claim denial", "Denied claim - recode", "Billing question", "RE: claim"],
    "letter_case": ["Case management update", "CM note", "Home health referral"],
    "letter_short": ["Chart correction", "Fix registration", "SSN correction", "quick fix"],
    "letter_to_patient": ["Your refill", "Refill request", "Message from your care team", "Follow-up"],
}
PHI_SUBJECTS = ["Referral", "Discharge summary", "Prior auth request", "Lab results", "Claim denial",
                "Case management update", "Chart correction", "Refill", "Patient follow-up",
                "Records request", "FW: patient info", "RE: referral", "Urgent - PA needed",
                "Consult note", "Re: callback"]


# --------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------
def crlf(b: bytes) -> bytes:
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64lines(data: bytes, width=76) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\n"


def qp_encode(text: str, charset: str, needles=(), width=76, r=None) -> bytes:
    """Quoted-printable with soft line breaks forced inside every needle occurrence."""
    data = text.encode(charset)
    forced = set()
    for n in needles:
        nb = n.encode(charset)
        if len(nb) < 4:
            continue
        start = 0
        while True:
            i = data.find(nb, start)
            if i < 0:
                break
            cut = (r.randint(1, len(nb) - 1) if r else len(nb) // 2)
            forced.add(i + cut)
            start = i + len(nb)
    out = []
    pos = 0
    lines = data.split(b"\n")
    for li, line in enumerate(lines):
        cur = ""
        for j, b in enumerate(line):
            gpos = pos + j
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and j != len(line) - 1):
                tok = chr(b)
            else:
                tok = f"={b:02X}"
            if cur and (len(cur) + len(tok) > width - 1 or gpos in forced):
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
        pos += len(line) + 1
    return ("\n".join(out) + "\n").encode("ascii")


def enc_body(text: str | bytes, charset: str, cte: str, c: Ctx | None = None, width=76) -> bytes:
    if cte == "base64":
        data = text if isinstance(text, bytes) else text.encode(charset)
        return b64lines(data)
    if cte == "quoted-printable":
        return qp_encode(text, charset, c.needles if c else (), width, c.r if c else None)
    data = text if isinstance(text, bytes) else text.encode(charset)
    return data if data.endswith(b"\n") else data + b"\n"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers, self.body = headers, body

    def bytes(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("utf-8")
        return h + b"\n" + self.body


def text_part(text: str, subtype="plain", charset="utf-8", cte="7bit", c=None, extra=(), width=76) -> Part:
    hdr = [("Content-Type", f'text/{subtype}; charset="{charset}"' if subtype != "plain" or True else ""),
           ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdr, enc_body(text, charset, cte, c, width))


def attach_part(data: bytes, ctype: str, filename: str, inline=False, cid=None, cte="base64") -> Part:
    fn = filename.replace('"', "")
    hdr = [("Content-Type", f'{ctype}; name="{fn}"'),
           ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{fn}"'),
           ("Content-Transfer-Encoding", cte)]
    if cid:
        hdr.append(("Content-ID", f"<{cid}>"))
    body = b64lines(data) if cte == "base64" else (data if data.endswith(b"\n") else data + b"\n")
    return Part(hdr, body)


def multipart(sub: str, parts: list[Part], boundary: str, preamble="", close=True, extra_ct="") -> Part:
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p.bytes())
        if not out[-1].endswith(b"\n"):
            out[-1] += b"\n"
    if close:
        out.append(f"--{boundary}--\n".encode())
    return Part([("Content-Type", f'multipart/{sub}; boundary="{boundary}"{extra_ct}')], b"".join(out))


def message_part(inner: bytes, filename=None) -> Part:
    hdr = [("Content-Type", "message/rfc822")]
    if filename:
        hdr[0] = ("Content-Type", f'message/rfc822; name="{filename}"')
        hdr.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(hdr, inner)


def fmt_date_header(d: dt.datetime) -> str:
    return email.utils.format_datetime(d)


def rfc2047(s: str, charset="utf-8", mode="B") -> str:
    raw = s.encode(charset)
    if mode == "B":
        chunks = [raw[i:i + 45] for i in range(0, len(raw), 45)]
        return "\n ".join(f"=?{charset.upper()}?B?{base64.b64encode(ch).decode()}?=" for ch in chunks)
    enc = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else f"={b:02X}") for b in raw)
    chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
    # never split an =XX escape
    fixed, buf = [], ""
    for ch in chunks:
        buf += ch
        m = re.search(r"=[0-9A-F]?$", buf)
        keep = buf[m.start():] if m else ""
        fixed.append(buf[:len(buf) - len(keep)])
        buf = keep
    if buf:
        fixed.append(buf)
    return "\n ".join(f"=?{charset.upper()}?Q?{x}?=" for x in fixed if x)


def envelope(c: Ctx, sender: Provider, to: list[str], subject: str, body: Part, cc=None,
             extra=(), encoded_subject=None) -> bytes:
    g, r = c.g, c.r
    if encoded_subject is None and not subject.isascii():
        encoded_subject = rfc2047(subject, "utf-8", "B")
    g.mid += 1
    when = FIXED_DT + dt.timedelta(minutes=g.mid * 37 + r.randint(0, 30), seconds=r.randint(0, 59))
    when = when.astimezone(dt.timezone(dt.timedelta(hours=r.choice([-8, -7, -6, -5, -4, 0]))))
    hdr = [("Return-Path", f"<{sender.email}>"),
           ("Received", f"from mail.{sender.domain} (mail.{sender.domain} [10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}])\n"
                        f"\tby mx1.example.net (Postfix) with ESMTPS id {r.getrandbits(40):010X}\n\tfor <{to[0].split('<')[-1].rstrip('>')}>; {fmt_date_header(when)}"),
           ("From", f'"{sender.first} {sender.last}" <{sender.email}>'),
           ("To", ", ".join(to))]
    if cc:
        hdr.append(("Cc", ", ".join(cc)))
    hdr += [("Date", fmt_date_header(when)),
            ("Message-ID", f"<{r.getrandbits(64):016x}.{g.mid}@{sender.domain}>"),
            ("Subject", encoded_subject if encoded_subject is not None else subject),
            ("MIME-Version", "1.0")]
    hdr += list(extra)
    if r.random() < 0.3:
        hdr.append(("X-Mailer", r.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3731)", "Epic Secure Chat Relay 2.1", "Thunderbird 115.8.0"])))
    top = Part(hdr + body.headers, body.body)
    return crlf(top.bytes())


def addr(p) -> str:
    return f"{p.first} {p.last} <{p.email}>"


# --------------------------------------------------------------------------------------------
# Binary attachments
# --------------------------------------------------------------------------------------------
def png(w: int, h: int, rgb=(30, 90, 160), r=None) -> bytes:
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            k = ((x // 4 + y // 4) % 2)
            row += bytes((min(255, v + 60 * k) for v in rgb))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


TS_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")


def normalize_zip(data: bytes) -> bytes:
    """Rewrites an OOXML/ODF zip with fixed entry times and fixed document timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                content = TS_RE.sub(b"2024-03-04T09:30:00Z", content)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(files: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_targz(files: list[tuple[str, bytes]], compress=True) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data in files:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime, ti.mode = len(data), 1709544600, 0o644
            ti.uid = ti.gid = 1000
            ti.uname = ti.gname = "staff"
            t.addfile(ti, io.BytesIO(data))
    return gz(raw.getvalue()) if compress else raw.getvalue()


def gz(data: bytes, name="") -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=out, mtime=1709544600) as f:
        f.write(data)
    return out.getvalue()


def zipcrypto_zip(files: list[tuple[str, bytes]], password: bytes, r: random.Random) -> bytes:
    """A zip whose entries use traditional PKWARE (ZipCrypto) encryption, deterministic header."""
    table = []
    for n in range(256):
        v = n
        for _ in range(8):
            v = (v >> 1) ^ 0xEDB88320 if v & 1 else v >> 1
        table.append(v)

    def crc_byte(crc, b):
        return (crc >> 8) ^ table[(crc ^ b) & 0xFF]

    dostime = (9 << 11) | (30 << 5)
    dosdate = ((2024 - 1980) << 9) | (3 << 5) | 4
    out, central = bytearray(), bytearray()
    for name, data in files:
        k = [0x12345678, 0x23456789, 0x34567890]

        def update(b):
            k[0] = crc_byte(k[0], b)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = crc_byte(k[2], k[1] >> 24)

        for b in password:
            update(b)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        plain = bytes(r.getrandbits(8) for _ in range(11)) + bytes([crc >> 24]) + comp
        enc = bytearray()
        for b in plain:
            t = (k[2] | 2) & 0xFFFF
            enc.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            update(b)
        nb = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(nb), 0) + nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


def zip_bomb(size_mb=200) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("quarterly_claims_export.csv", FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        with z.open(zi, "w", force_zip64=False) as f:
            block = b"0" * (1 << 20)
            for _ in range(size_mb):
                f.write(block)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], delim=",", crlf_lines=True) -> bytes:
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf_lines else "\n")
    w.writerows(rows)
    return s.getvalue().encode("utf-8")


def docx_bytes(title: str, paragraphs: list[str], table: list[list[str]] | None = None, header_text=None,
               r: random.Random | None = None) -> bytes:
    """A .docx; with r, some paragraphs are split into several runs at arbitrary points, as Word does."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = "Generated", "Generated"
    cp.created = cp.modified = dt.datetime(2024, 3, 4, 9, 30, 0)
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        if r is None or len(p) < 8 or r.random() < 0.5:
            d.add_paragraph(p)
            continue
        para = d.add_paragraph()
        cuts = sorted(set(r.sample(range(1, len(p)), min(3, len(p) - 1))))
        pieces = [p[a:b] for a, b in zip([0] + cuts, cuts + [len(p)])]
        for k, piece in enumerate(pieces):
            run = para.add_run(piece)
            if k == 0 and ":" in p and r.random() < 0.5:
                run.bold = True
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def xlsx_bytes(sheets: list[tuple[str, list[list]]]) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "Generated"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 3, 4, 9, 30, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(row)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def xlsx_inline_bytes(rows: list[list[str]], sheet="Sheet1") -> bytes:
    """A minimal hand-written xlsx whose text cells are inline strings (t="inlineStr")."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, rem = divmod(i - 1, 26)
            s = chr(65 + rem) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(str(v), quote=False)}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return make_zip([(n, s.encode("utf-8")) for n, s in files])


def pptx_bytes(slides: list[tuple[str, list[str]]]) -> bytes:
    from pptx import Presentation
    prs = Presentation()
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Generated"
    cp.created = cp.modified = dt.datetime(2024, 3, 4, 9, 30, 0)
    cp.revision = 1
    for title, bullets in slides:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0] if bullets else ""
        for b in bullets[1:]:
            tf.add_paragraph().text = b
    b = io.BytesIO()
    prs.save(b)
    return normalize_zip(b.getvalue())


def odt_bytes(title: str, paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=title))
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    data = normalize_zip(b.getvalue())
    return data


def pdf_bytes(title: str, lines: list[str], compress=True, encrypt=False) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2024, 3, 4, 9, 30, 0, tzinfo=dt.timezone.utc))
    pdf.set_compression(compress)
    pdf.set_title(title)
    pdf.set_author("Generated")
    pdf.set_producer("fpdf2")
    if encrypt:
        from fpdf.enums import EncryptionMethod
        pdf.set_encryption(owner_password="owner-2024", user_password="clinic42",
                           encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, title.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for ln in lines:
        pdf.multi_cell(0, 5, ln.encode("latin-1", "replace").decode("latin-1") or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------------
# Shared message pieces
# --------------------------------------------------------------------------------------------
NEUTRAL_PARAS = [
    "Just checking whether the schedule for next week is final. The Tuesday afternoon block is still open and we could move the staff huddle there.",
    "The fax machine on the second floor is jammed again; IT has a ticket open (#{n}). Please use the scanner by the nurses' station until it is fixed.",
    "Reminder that the quarterly compliance training is due by the end of the month. It takes about 40 minutes.",
    "Parking garage level 2 will be closed on Saturday for resurfacing.",
    "We moved the vendor demo to 3:30 pm in conference room B.",
    "Can someone cover the front desk from noon to 1 on Friday? Thanks in advance.",
    "The new badge readers go live on the 15th. Old badges stop working after that date.",
    "Lunch is provided at the all-hands meeting. Please RSVP by Wednesday so we can order enough.",
    "I updated the shared calendar with the holiday coverage plan. Let me know if I missed anyone.",
    "The printer toner order was placed; expected delivery is Thursday.",
]


def neutral_text(c: Ctx, n: int) -> str:
    r = c.r
    return "\n\n".join(wrap(r.choice(NEUTRAL_PARAS).replace("{n}", str(r.randint(10000, 99999)))) for _ in range(n))


def long_thread(c: Ctx, people: list[Provider], depth: int, base: str) -> str:
    """Puts base on top of a long quoted history of neutral replies, to make large messages."""
    r = c.r
    text = neutral_text(c, 2)
    for k in range(depth):
        who = r.choice(people)
        when = FIXED_DT - dt.timedelta(hours=(depth - k) * 5 + r.randint(0, 4))
        top = neutral_text(c, r.randint(1, 3)) + "\n" + who.signature(c, r, npi=False, dea=False)
        text = top + "\n\n" + quoted_reply(c, who, text, when)
    return base + "\n\n" + quoted_reply(c, people[0], text, FIXED_DT)


def compose(c: Ctx, letter_fn=None, quote=None, disclaimer=None, signature=True, patient=None, use_subject=True):
    """A realistic PHI email body: greeting, letter, signature, disclaimer, maybe a quoted reply."""
    g, r = c.g, c.r
    sender = g.provider(physician=r.random() < 0.5)
    rcpt = g.provider(physician=r.random() < 0.5)
    p = patient or g.person()
    fn = letter_fn or r.choice(LETTERS)
    PROTECT[:] = [p.name, p.address, p.dob_s, f"{p.title} {p.last}"] + [t for t, _ in p.dx] + [m for m, _ in p.meds]
    text = fn(c, p, sender, rcpt)
    PROTECT.clear()
    if r.random() < 0.4:
        text += "\n\n" + r.choice(FILLER)
    if signature:
        text += "\n" + sender.signature(c, r)
    if disclaimer if disclaimer is not None else r.random() < 0.6:
        text += "\n\n" + wrap(r.choice(DISCLAIMERS))
    if quote if quote is not None else r.random() < 0.35:
        when = FIXED_DT - dt.timedelta(days=r.randint(1, 9), minutes=r.randint(0, 600))
        prior = r.choice([lambda: f"Hi {sender.first}, do you have the paperwork for this one? {r.choice(FILLER)}",
                          lambda: "Please send over the details when you can.\n\n" + rcpt.signature(c, r, npi=False, dea=False),
                          lambda: neutral_text(c, 1)])()
        if r.random() < 0.7:
            text += "\n\n" + quoted_reply(c, rcpt, prior, when)
        else:
            text += "\n" + outlook_quote(c, rcpt, sender, "Patient follow-up", prior, when)
    subject = r.choice(LETTER_SUBJECTS.get(fn.__name__, PHI_SUBJECTS))
    if r.random() < 0.2 and use_subject:
        subject = f"Re: {p.name}"
        c.add("NAME", needle=p.name)
    if r.random() < 0.2:
        subject = "[SECURE] " + subject
    return text, sender, rcpt, p, subject


def to_html(text: str, c: Ctx, style=None) -> str:
    """Renders a plain letter as HTML; labelled lines become table rows; identifiers are split."""
    r = c.r
    style = style or r.choice(["outlook", "gmail", "plain"])
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        if all(re.match(r"^\s*[A-Za-z#/ .()-]{2,40}:\s", ln) for ln in lines if ln.strip()) and len(lines) > 1 and r.random() < 0.6:
            rows = []
            for ln in lines:
                k, _, v = ln.strip().partition(":")
                rows.append(f'<tr><td style="padding:2px 8px"><b>{html.escape(k)}:</b></td><td>{html.escape(v.strip())}</td></tr>')
            out.append('<table border="0" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>")
        elif lines and lines[0].startswith(">"):
            inner = "<br>\n".join(html.escape(ln.lstrip("> ")) for ln in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(ln).replace("  ", "&nbsp; ") for ln in lines) + "</p>")
    body = "\n".join(out)
    body = obfuscate(body, c)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style></head>\n'
                f'<body lang="EN-US" link="#0563C1"><div class="WordSection1">\n{body}\n</div></body></html>\n')
    if style == "gmail":
        return f'<div dir="ltr">{body}</div>\n'
    return f"<html><body>\n{body}\n</body></html>\n"


def obfuscate(body: str, c: Ctx) -> str:
    r = c.r
    for n in sorted(set(c.needles), key=lambda s: (-len(s), s)):
        if len(n) < 5 or "@" in n or not any(ch.isdigit() for ch in n):
            continue
        en = html.escape(n)
        if en not in body:
            continue
        k = r.randint(1, len(n) - 1)
        a, b = html.escape(n[:k]), html.escape(n[k:])
        variant = r.choice([
            f"<b>{a}</b>{b}", f"<span>{a}</span><span>{b}</span>", f'<span style="color:#1f497d">{a}</span>{b}',
            en.replace("-", "&#45;").replace("/", "&#x2F;"), f"{a}<!-- -->{b}", f'<font face="Arial">{a}</font>{b}',
            f"<strong>{en}</strong>", f"{a}<span></span>{b}", en.replace("-", "&#x2d;"),
        ])
        body = body.replace(en, variant)
    return body


def text_leaf(c: Ctx, text: str, cte=None, charset="utf-8") -> Part:
    cte = cte or ("8bit" if any(ord(ch) > 127 for ch in text) else "7bit")
    return text_part(text, "plain", charset, cte, c)


def with_inline_image(c: Ctx, body: Part, name="logo.png") -> Part:
    r = c.r
    cid = f"image001.png@01DA{r.getrandbits(32):08X}"
    img = attach_part(png(r.randint(8, 40), r.randint(8, 24), (r.randint(0, 200), r.randint(0, 200), r.randint(0, 200))),
                      "image/png", name, inline=True, cid=cid)
    return multipart("related", [body, img], c.g.boundary("rel"))


# --------------------------------------------------------------------------------------------
# Positive categories
# --------------------------------------------------------------------------------------------
def cat_phi_plain(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    fn = letter_short if i == 10 else LETTERS[i % len(LETTERS)]
    text, s, t, p, subj = compose(c, fn)
    if i == 9:  # large: a long neutral thread above the letter
        text = long_thread(c, [s, t, g.provider(False)], 70, text)
    body = text_leaf(c, text)
    if i % 4 == 1:
        body = multipart("mixed", [body, attach_part(png(24, 12), "image/png", "image001.png", inline=True,
                                                     cid=f"image001.png@01DA{r.getrandbits(32):08X}")], g.boundary())
    cc = [addr(g.provider(False))] if r.random() < 0.4 else None
    return envelope(c, s, [addr(t)], subj, body, cc=cc)


def cat_phi_html(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    text, s, t, p, subj = compose(c, LETTERS[(i + 3) % len(LETTERS)])
    if i == 10:
        text = long_thread(c, [s, t], 30, text)
    htm = to_html(text, c)
    hpart = text_part(htm, "html", "utf-8", r.choice(["7bit", "quoted-printable", "8bit"]) if i % 3 else "7bit", c)
    if i % 3 == 0:
        body = hpart  # HTML only
    elif i % 3 == 1:
        body = multipart("alternative", [text_leaf(c, text), hpart], g.boundary("alt"))
    else:
        alt_text = "This message contains formatted content. Please view it in an HTML-capable mail client."
        body = multipart("alternative", [text_leaf(c, alt_text), hpart], g.boundary("alt"))
    if i % 4 == 2:
        body = with_inline_image(c, body)
    return envelope(c, s, [addr(t)], subj, body)


def cat_phi_qp(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    p = g.person()
    if i % 3 == 0:
        p.first, p.name = "José" if p.sex == "M" else "María", ("José" if p.sex == "M" else "María") + " " + p.last
    text, s, t, p, subj = compose(c, LETTERS[i % len(LETTERS)], patient=p)
    if i == 11:
        text = long_thread(c, [s, t], 25, text)
    text = text.replace("Thanks,", "Thanks \u2014").replace("Regards,", "Kind regards,\u00a0")
    width = r.choice([76, 76, 72, 60, 40])
    charset = "utf-8" if i % 4 else "iso-8859-1"
    text = text.encode(charset, "replace").decode(charset)
    plain = text_part(text, "plain", charset, "quoted-printable", c, width=width)
    if i % 3 == 1:
        hp = text_part(to_html(text, c, "outlook"), "html", charset, "quoted-printable", c, width=76)
        body = multipart("alternative", [plain, hp], g.boundary("qp"))
    else:
        body = plain
    return envelope(c, s, [addr(t)], subj, body)


def cat_phi_base64(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    text, s, t, p, subj = compose(c, LETTERS[(i + 5) % len(LETTERS)])
    if i == 9:
        text = long_thread(c, [s, t], 35, text)
    if i % 3 == 0:
        body = text_part(text, "plain", "utf-8", "base64")
    elif i % 3 == 1:
        body = multipart("alternative", [text_part(text, "plain", "utf-8", "base64"),
                                         text_part(to_html(text, c), "html", "utf-8", "base64")], g.boundary("b64"))
    else:
        body = multipart("mixed", [text_part(text, "plain", "utf-8", "base64"),
                                   attach_part(png(16, 16), "image/png", "signature.png", inline=True, cid=f"sig{r.getrandbits(24)}@local")],
                         g.boundary())
    return envelope(c, s, [addr(t)], subj, body)


ACCENT_FIRST = [("José", "M"), ("María", "F"), ("Sofía", "F"), ("Andrés", "M"), ("Inés", "F"), ("Raúl", "M"), ("Zoë", "F"), ("Renée", "F")]
ACCENT_LAST = ["Peña", "Núñez", "Muñoz", "García", "Hernández", "Martínez", "Pérez", "Ibáñez", "Gómez", "Müller"]


def cat_phi_charset(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    p = g.person()
    first, sex = r.choice(ACCENT_FIRST)
    p.first, p.sex, p.last = first, sex, r.choice(ACCENT_LAST)
    p.name = f"{p.first} {p.last}"
    p.title = "Sr." if sex == "M" else "Sra."
    kind = i % 12
    s, t = g.provider(), g.provider(False)
    encoded_subject = None
    if kind in (0, 1, 2, 3, 10, 11):
        text, s, t, p, subj = compose(c, r.choice([letter_referral, letter_discharge, letter_case, letter_lab]), patient=p)
        text = text.replace("Thanks,", "Thanks \u2013").replace("Sincerely,", "Sincerely \u201cyour care team\u201d,")
        charset, cte = [("iso-8859-1", "8bit"), ("windows-1252", "8bit"), ("iso-8859-1", "quoted-printable"),
                        ("windows-1252", "quoted-printable"), ("utf-16", "base64"), ("utf-16le", "base64")][kind % 6 if kind < 4 else (kind - 6)]
        if charset == "iso-8859-1":
            text = text.replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-")
        if charset.startswith("utf-16"):
            data = ("\ufeff" + text).encode("utf-16-le")
            body = Part([("Content-Type", f'text/plain; charset="{charset}"'), ("Content-Transfer-Encoding", "base64")], b64lines(data))
        else:
            body = text_part(text.encode(charset, "replace").decode(charset), "plain", charset, cte, c)
        if kind in (1, 3, 11):
            subj_text = f"{subj} - {p.name}"
            c.add("NAME", needle=p.name)
            encoded_subject = rfc2047(subj_text, "utf-8" if kind != 3 else "iso-8859-1", "B" if kind == 1 else "Q")
            subj = subj_text
    else:
        # CJK letters with ASCII identifiers
        charset = ["shift_jis", "gb18030", "iso-2022-jp", "shift_jis", "gb18030", "euc-kr"][kind - 4]
        if charset in ("shift_jis", "iso-2022-jp"):
            intro = f"{t.last}様\n\nいつもお世話になっております。以下の患者様の紹介状をお送りします。\n"
            outro = "\nご確認のほど、よろしくお願いいたします。\n"
            ttl = "紹介状"
        elif charset == "gb18030":
            intro = f"{t.last} 医生您好：\n\n请查收以下患者的转诊资料。\n"
            outro = "\n如有问题请随时联系。谢谢！\n"
            ttl = "转诊资料"
        else:
            intro = f"{t.last} 선생님께,\n\n아래 환자 의뢰서를 보내드립니다.\n"
            outro = "\n확인 부탁드립니다. 감사합니다.\n"
            ttl = "환자 의뢰서"
        p.first, p.name = g.fake.first_name(), None
        p.name = f"{p.first} {p.last if p.last.isascii() else g.fake.last_name()}"
        p.last = p.name.split(" ", 1)[1]
        lines = field_block(c, p, ["name", "dob", r.choice(["mrn", "member", "ssn", "mbi"]), "dx", "meds"])
        text = intro + "\n" + "\n".join(lines) + "\n" + outro + s.signature(c, r)
        cte = "base64" if i % 2 else ("7bit" if charset == "iso-2022-jp" else "8bit")
        body = text_part(text, "plain", charset, cte, c)
        subj = ttl + " (referral)"
        encoded_subject = rfc2047(subj, "utf-8", "B")
    return envelope(c, s, [addr(t)], subj, body, encoded_subject=encoded_subject)


CSV_COLS = [
    (["Patient Name", "Name", "PATIENT_NAME", "Patient"], "NAME", lambda c, p: p.name),
    (["Last Name", "LName", "Last"], "NAME", lambda c, p: p.last),
    (["DOB", "Date of Birth", "BirthDate", "D.O.B."], "DOB", lambda c, p: p.dob_s),
    (["SSN", "Social Security Number", "SSN#"], "SSN", lambda c, p: p.ssn),
    (["MRN", "Medical Record #", "MR#", "Patient ID"], "MRN", lambda c, p: p.mrn),
    (["Member ID", "Subscriber ID", "MemberID"], "MEMBER_ID", lambda c, p: p.member),
    (["MBI", "Medicare MBI"], "MBI", lambda c, p: p.mbi),
    (["Diagnosis", "Primary Diagnosis", "Dx"], "DIAGNOSIS", lambda c, p: p.dx[0][0]),
    (["ICD-10", "ICD10 Code", "Dx Code"], "ICD10", lambda c, p: p.dx[0][1]),
    (["Medication", "Current Rx"], "MEDICATION", lambda c, p: p.meds[0][0]),
    (["Phone", "Home Phone", "Contact Phone"], "PHONE", lambda c, p: p.phone),
    (["Address", "Street Address", "Home Address"], "ADDRESS", lambda c, p: p.address),
    (["Email", "E-mail"], "EMAIL", lambda c, p: p.email),
    (["Admit Date", "Admission Date", "Date of Service"], "DATE", lambda c, p: c.g.fmt_date(p.admit)),
    (["Account #", "Acct No."], "ACCOUNT", lambda c, p: p.account),
]


def patient_table(c: Ctx, nrows: int, min_cols=4, bulk_only=False) -> list[list[str]]:
    """A patient list; bulk_only gives names, DOBs and contact data only (PHI by the bulk rule)."""
    r, g = c.r, c.g
    cols = [CSV_COLS[0] if r.random() < 0.7 else CSV_COLS[1]]
    if bulk_only:
        others = [CSV_COLS[2]] + r.sample([CSV_COLS[10], CSV_COLS[11], CSV_COLS[12]], 2)
        c.phi = True
    else:
        others = r.sample(CSV_COLS[2:], r.randint(min_cols - 1, 8))
        if not any(t in ("SSN", "MRN", "MEMBER_ID", "MBI") for _, t, _ in others):
            others.append(CSV_COLS[4])
        if not any(t in ("DIAGNOSIS", "ICD10", "MEDICATION") for _, t, _ in others):
            others.append(CSV_COLS[7])
    cols += others
    header = [r.choice(h) for h, _, _ in cols]
    if cols[0] is CSV_COLS[1]:
        header.insert(1, "First Name")
    rows = [header]
    for _ in range(nrows):
        p = g.person()
        row = [f(c, p) for _, _, f in cols]
        if cols[0] is CSV_COLS[1]:
            row.insert(1, p.first)
        rows.append(row)
    for k, (_, t, _) in enumerate(cols):
        c.add(t, needle=rows[1][k + (1 if k > 0 and cols[0] is CSV_COLS[1] else 0)])
    return rows


def neutral_cover(c: Ctx, what: str) -> tuple[str, Provider, Provider]:
    r, g = c.r, c.g
    s, t = g.provider(r.random() < 0.3), g.provider(False)
    text = "\n".join([r.choice([f"Hi {t.first},", "Hello,", "Team,", f"{t.first} -", "Good afternoon,"]), "",
                      wrap(r.choice([f"Attached is the {what} you asked for.", f"Please see the attached {what}.",
                                     f"Here is this week's {what}. Let me know if anything looks off.",
                                     f"Sending the {what} ahead of tomorrow's meeting."])),
                      "", r.choice(FILLER), s.signature(c, r)])
    if r.random() < 0.5:
        text += "\n\n" + wrap(r.choice(DISCLAIMERS))
    return text, s, t


def cat_phi_csv(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    n = [5, 8, 12, 25, 40, 6, 300, 15, 1000, 9, 60, 7][i % 12]
    rows = patient_table(c, n, bulk_only=i == 11)
    delim = [",", ",", ";", "\t", ","][i % 5]
    data = csv_bytes(rows, delim, crlf_lines=i % 2 == 0)
    if i % 6 == 5:
        data = b"\xef\xbb\xbf" + data
    what = r.choice(["patient census", "readmission list", "outreach list", "care gap report", "eligibility file", "no-show list"])
    text, s, t = neutral_cover(c, what)
    fn = r.choice(["census", "export", "patients", "outreach_list", "report", "gaps"]) + f"_{r.randint(1, 52):02d}" + (".tsv" if delim == "\t" else ".csv")
    ctype = ["text/csv", "application/vnd.ms-excel", "application/octet-stream", "text/plain", "text/csv"][i % 5]
    att = attach_part(data, ctype, fn, cte="base64" if i % 3 else ("7bit" if all(b < 128 for b in data) else "base64"))
    body = multipart("mixed", [text_leaf(c, text), att], g.boundary())
    return envelope(c, s, [addr(t)], r.choice(["Weekly list", "Census", "Report attached", "List for review", "Outreach"]), body)


def cat_phi_xlsx(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    n = [5, 10, 30, 6, 120, 14, 8, 50, 7, 500, 9, 20][i % 12]
    rows = patient_table(c, n, bulk_only=i == 10)
    if i % 2 == 0:
        sheets = [("Patients", rows)]
        if i % 4 == 0:
            sheets.append(("Notes", [["Prepared by", "Quality team"], ["Period", "Q1 2024"]]))
        data = xlsx_bytes(sheets)
    else:
        data = xlsx_inline_bytes(rows, sheet=r.choice(["Sheet1", "Export", "Census"]))
    text, s, t = neutral_cover(c, r.choice(["spreadsheet", "census workbook", "HEDIS gap list", "worklist"]))
    fn = r.choice(["worklist", "census", "Q1_gaps", "export", "patients"]) + ".xlsx"
    att = attach_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
    body = multipart("mixed", [text_leaf(c, text), att], g.boundary())
    return envelope(c, s, [addr(t)], r.choice(["Spreadsheet", "Worklist attached", "Census", "FW: gaps list"]), body)


def unwrap(text: str) -> list[str]:
    """Undoes wrap(): joins hard-wrapped lines back into paragraphs (for word-processor files)."""
    out: list[str] = []
    join = False
    for ln in text.split("\n"):
        if join and ln and not ln.startswith((" ", "-", ">")):
            out[-1] += " " + ln
        else:
            out.append(ln)
        join = len(out[-1].rsplit("\n", 1)[-1]) >= 60 if ln else False
        join = join and len(ln) >= 55
    return out


def label_value(line: str) -> list[str]:
    """Splits "Label: value" or "LABEL value" (D.O.B., MR#, SSN# ...) into two table cells."""
    if ": " in line:
        return line.split(": ", 1)
    m = re.match(r"^(D\.O\.B\.|DOB|SSN#?|MRN|MR#|Member ID#|HICN#|Acct No\.)\s+(.*)$", line)
    return [m.group(1), m.group(2)] if m else ["", line]


def cat_phi_docx(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    sub = Ctx(g, c.category)
    text, s, t, p, subj = compose(sub, LETTERS[i % len(LETTERS)], quote=False, disclaimer=False, use_subject=False)
    c.merge(sub)
    table = None
    if i % 3 == 0:
        table = [["Field", "Value"]] + [label_value(ln) for ln in field_block(c, p, ["name", "dob", "mrn", "member"])]
    data = docx_bytes(r.choice(["Referral Letter", "Clinical Summary", "Prior Authorization", "Patient Letter"]),
                      unwrap(text), table, header_text=s.org if i % 2 else None, r=r if i % 3 != 1 else None)
    cover, s2, t2 = neutral_cover(c, "letter")
    fn = r.choice(["referral", "letter", "summary", "PA_request", "chart_note"]) + ".docx"
    att = attach_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
    body = multipart("mixed", [text_leaf(c, cover), att], g.boundary())
    return envelope(c, s2, [addr(t2)], r.choice(["Letter attached", "Referral", "Documents", "Summary for review"]), body)


def cat_phi_pptx(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    slides = [(r.choice(["Tumor Board", "Case Review", "Morbidity & Mortality", "Complex Care Rounds"]), [f"{MONTH_LONG[r.randint(0, 11)]} session", "Confidential"])]
    for _ in range(r.randint(1, 3)):
        p = g.person()
        keys = ["name", "dob", r.choice(["mrn", "member", "mbi", "ssn"]), "dx"] + (["meds"] if r.random() < 0.6 else [])
        slides.append((f"Case: {p.last}", field_block(c, p, keys) + ["Discussion: " + r.choice(["surgery vs. radiation", "escalate therapy", "palliative consult", "repeat imaging"])]))
    slides.append(("Next steps", ["Follow-up in 2 weeks", "Send notes to PCP"]))
    data = pptx_bytes(slides)
    cover, s, t = neutral_cover(c, "slides for rounds")
    att = attach_part(data, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                      r.choice(["rounds.pptx", "tumor_board.pptx", "case_review.pptx", "M&M.pptx"]))
    body = multipart("mixed", [text_leaf(c, cover), att], g.boundary())
    return envelope(c, s, [addr(t)], "Slides for rounds", body)


def cat_phi_pdf(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    sub = Ctx(g, c.category)
    text, s, t, p, subj = compose(sub, LETTERS[(i + 1) % len(LETTERS)], quote=False, use_subject=False)
    c.merge(sub)
    lines = text.split("\n")
    if i % 3 == 2:
        lines += [""] + field_block(c, p, ["ssn", "addr"])
    data = pdf_bytes(r.choice(["Referral", "Discharge Summary", "Prior Authorization Request", "Lab Report"]), lines, compress=i % 4 != 3)
    cover, s2, t2 = neutral_cover(c, "PDF")
    att = attach_part(data, "application/pdf", r.choice(["scan0042.pdf", "referral.pdf", "summary.pdf", "document.pdf", "PA.pdf"]))
    body = multipart("mixed", [text_leaf(c, cover), att], g.boundary())
    return envelope(c, s2, [addr(t2)], r.choice(["Scan", "PDF attached", "Referral packet", "Paperwork"]), body)


def phi_doc_files(c: Ctx, kinds: list[str]) -> list[tuple[str, bytes]]:
    r, g = c.r, c.g
    files = []
    for k in kinds:
        if k == "csv":
            files.append((f"export_{r.randint(1, 99)}.csv", csv_bytes(patient_table(c, r.randint(5, 40)))))
        elif k == "xlsx":
            files.append(("census.xlsx", xlsx_bytes([("Census", patient_table(c, r.randint(5, 30)))])))
        elif k == "docx":
            sub = Ctx(g, c.category)
            text, *_ = compose(sub, r.choice(LETTERS), quote=False, use_subject=False)
            c.merge(sub)
            files.append(("letter.docx", docx_bytes("Referral", unwrap(text), r=r)))
        elif k == "odt":
            sub = Ctx(g, c.category)
            text, *_ = compose(sub, r.choice(LETTERS), quote=False, use_subject=False)
            c.merge(sub)
            files.append(("note.odt", odt_bytes("Clinical note", text.split("\n"))))
        elif k == "txt":
            sub = Ctx(g, c.category)
            text, *_ = compose(sub, r.choice(LETTERS), quote=False, use_subject=False)
            c.merge(sub)
            files.append(("note.txt", text.replace("\n", "\r\n").encode()))
        elif k == "clean":
            files.append(("README.txt", b"Export generated by the reporting tool. Questions: helpdesk ext. 4410.\r\n"))
    return files


def cat_phi_archive(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    kind = i % 12
    if kind == 0:
        data, fn, ct = make_zip(phi_doc_files(c, ["csv"])), "export.zip", "application/zip"
    elif kind == 1:
        data, fn, ct = make_zip(phi_doc_files(c, ["docx", "clean"])), "letters.zip", "application/zip"
    elif kind == 2:
        data, fn, ct = make_zip(phi_doc_files(c, ["xlsx"])), "census.zip", "application/x-zip-compressed"
    elif kind == 3:
        data, fn, ct = make_targz(phi_doc_files(c, ["csv", "docx"])), "records.tar.gz", "application/gzip"
    elif kind == 4:
        inner = make_zip(phi_doc_files(c, ["csv"]))
        data, fn, ct = make_zip([("inner/patients.zip", inner), ("README.txt", b"see inner archive\r\n")]), "nested.zip", "application/zip"
    elif kind == 5:
        f = phi_doc_files(c, ["csv"])[0]
        data, fn, ct = gz(f[1], f[0]), f[0] + ".gz", "application/gzip"
    elif kind == 6:
        data, fn, ct = make_targz(phi_doc_files(c, ["txt", "xlsx"]), compress=False), "batch.tar", "application/x-tar"
    elif kind == 7:
        files = [(f"2024/03/{n}", d) for n, d in phi_doc_files(c, ["csv", "clean"])]
        data, fn, ct = make_zip(files), "march.zip", "application/zip"
    elif kind == 8:
        data, fn, ct = make_zip(phi_doc_files(c, ["odt"])), "notes.zip", "application/zip"
    elif kind == 9:
        inner = make_zip(phi_doc_files(c, ["docx"]))
        mid = make_zip([("level2.zip", inner)])
        data, fn, ct = make_zip([("level1.zip", mid)]), "deep.zip", "application/zip"
    elif kind == 10:
        data, fn, ct = make_targz(phi_doc_files(c, ["csv"])), "claims.tgz", "application/octet-stream"
    else:
        inner_tgz = make_targz(phi_doc_files(c, ["txt"]))
        data, fn, ct = make_zip([("bundle.tar.gz", inner_tgz)]), "bundle.zip", "application/zip"
    cover, s, t = neutral_cover(c, "archive")
    body = multipart("mixed", [text_leaf(c, cover), attach_part(data, ct, fn)], g.boundary())
    return envelope(c, s, [addr(t)], r.choice(["Files", "Archive attached", "Export", "Records batch"]), body)


def cat_phi_nested(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    text, s, t, p, subj = compose(c, LETTERS[(i + 2) % len(LETTERS)])
    inner_body = text_leaf(c, text) if i % 3 else multipart("alternative", [text_leaf(c, text), text_part(to_html(text, c), "html", "utf-8", "quoted-printable", c)], g.boundary("in"))
    if i % 4 == 3:
        inner_body = multipart("mixed", [inner_body, attach_part(csv_bytes(patient_table(c, 6)), "text/csv", "list.csv")], g.boundary("in2"))
    inner = envelope(c, s, [addr(t)], subj, inner_body)
    fwd = g.provider(False)
    if i % 5 == 4:  # forwarded twice
        mid_body = multipart("mixed", [text_leaf(c, "See below.\n"), message_part(inner, "Fwd.eml")], g.boundary("mid"))
        inner = envelope(c, t, [addr(fwd)], "Fwd: " + subj, mid_body)
    cover = r.choice(["FYI - see the attached message.", "Forwarding for your records.", "Please handle, thanks.", "Can you take a look at this one?"])
    cover += "\n" + fwd.signature(c, r)
    body = multipart("mixed", [text_leaf(c, cover), message_part(inner, r.choice([None, "forwarded message.eml", "Original.eml"]))], g.boundary())
    return envelope(c, fwd, [addr(g.provider(False))], "Fwd: " + subj, body)


def cat_phi_subject(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    p = g.person()
    dx, code = r.choice(DIAG)
    s, t = g.provider(), g.provider(False)
    dob = g.fmt_date(p.dob).replace("/", "-") if i % 2 else p.dob_s
    kind = i % 5
    subj, att_name, enc = None, None, None
    if kind == 0:
        subj = f"Lab results for {p.name} DOB {dob} - {dx}"
        c.ev(NAME=p.name, DOB=dob, DIAGNOSIS=dx)
    elif kind == 1:
        subj = f"SSN {p.ssn} - claim form for Patient {p.last}"
        c.ev(SSN=p.ssn, NAME=f"Patient {p.last}")
    elif kind == 2:
        subj = "Scan from front desk"
        att_name = f"Patient {p.name} DOB {dob} {code} scan.pdf"
        c.ev(NAME=p.name, DOB=dob, ICD10=code)
    elif kind == 3:
        subj = f"MRN {p.mrn} CT results"
        c.add("MRN", needle=p.mrn)
    else:
        subj = "Insurance card"
        att_name = f"Member ID {p.member} - {p.name}.png"
        c.ev(MEMBER_ID=p.member, NAME=p.name)
    if i >= 5 and att_name is None:
        enc = rfc2047(subj, "utf-8", "B" if i % 2 else "Q")
    text = "\n".join([r.choice(["Hi,", f"{t.first},", "Hello team,"]), "", r.choice(["Please see attached.", "See subject line. Thanks.", "Sending this over as requested.", "Attached."]), s.signature(c, r, npi=False, dea=False)])
    parts = [text_leaf(c, text)]
    if att_name:
        data = png(60, 40) if att_name.endswith(".png") else pdf_bytes("Scanned document", ["(image only)"])
        parts.append(attach_part(data, "image/png" if att_name.endswith(".png") else "application/pdf", att_name))
    body = multipart("mixed", parts, g.boundary()) if len(parts) > 1 else parts[0]
    return envelope(c, s, [addr(t)], subj, body, encoded_subject=enc)


def fw(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if 0x21 <= ord(ch) <= 0x7E else ("\u3000" if ch == " " else ch) for ch in s)


def cat_phi_fullwidth(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    p = g.person()
    s, t = g.provider(), g.provider(False)
    lines = []
    keys = ["name", "dob", r.choice(["ssn", "mrn", "member", "mbi"]), r.choice(["phone", "ssn", "mrn"]), "dx"]
    seen = []
    for k in keys:
        if k in seen:
            continue
        seen.append(k)
        ln = FIELD_FUNCS[k](c, p)
        label, sep, val = ln.partition(": ")
        if not sep:
            label, val = "", ln
        mode = i % 3
        if k == "name" or k == "dx":
            lines.append(ln if r.random() < 0.5 else fw(label) + "：" + val if sep else ln)
        elif mode == 0:
            lines.append(fw(ln))
        elif mode == 1:
            lines.append(label + "：" + fw(val))
        else:
            lines.append(fw(label) + ("：" if sep else "") + fw(val))
    intro = r.choice(["Please find the patient details below (copied from the intake system):",
                      f"{t.last}様\n患者様の情報です。", "Details below as entered on the tablet:"])
    text = intro + "\n\n" + "\n".join(lines) + "\n" + s.signature(c, r)
    cte = ["8bit", "quoted-printable", "base64"][i % 3]
    if i % 4 == 3:
        body = multipart("alternative", [text_part(text, "plain", "utf-8", cte, c), text_part(to_html(text, c), "html", "utf-8", "base64")], g.boundary())
    else:
        body = text_part(text, "plain", "utf-8", cte, c)
    return envelope(c, s, [addr(t)], r.choice(["Intake", "Patient details", "患者情報", "Registration"]), body)


# --------------------------------------------------------------------------------------------
# Negative categories
# --------------------------------------------------------------------------------------------
def npi_lookalike(r: random.Random) -> str:
    """A 10-digit number that passes the NPI Luhn check (used unlabelled as an order number)."""
    base = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return base + str(luhn_check_digit("80840" + base))


def ssn_lookalike(r: random.Random) -> str:
    while True:
        s = f"{r.randint(100, 899)}{r.randint(10, 99)}{r.randint(1000, 9999)}"
        if ssn_valid(s):
            return s


def aba_routing(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2])
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def company(c: Ctx):
    g, r = c.g, c.r
    f = g.fake
    name = f.company()
    dom = re.sub(r"[^a-z]", "", name.lower().split()[0]) + r.choice([".com", ".net", ".io", ".us"])
    street, cityline = g.address()
    return name, dom, street, cityline


def sender_for(c: Ctx, first_last_domain) -> Provider:
    p = c.g.provider(False)
    p.first, p.last, p.domain = first_last_domain
    p.email = f"{p.first.lower()}.{p.last.lower()}@{p.domain}"
    return p


def cat_neg_invoice(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    name, dom, street, cityline = company(c)
    s = sender_for(c, (g.fake.first_name(), g.fake.last_name(), dom))
    clinic = g.provider(False)
    items = r.sample(["Nitrile exam gloves, M (box/100)", "Sharps container 2 gal", "Copy paper, case",
                      "Disinfecting wipes (canister)", "Exam table paper 21in", "Toner cartridge HP 58A",
                      "Blood pressure cuff, adult", "Waiting room chairs (set of 4)", "Label printer ribbon",
                      "Thermometer probe covers", "Hand sanitizer 1 gal", "Face masks (box/50)"], r.randint(3, 7))
    inv_date = g.date_between(2024, 2024)
    lines = [f"Invoice #: INV-{r.randint(2023, 2024)}-{r.randint(10000, 99999)}",
             f"PO Number: {r.randint(4500000000, 4599999999)}",
             f"Order #: {npi_lookalike(r)}",
             f"Reference: {ssn_lookalike(r)}",
             f"Invoice Date: {g.fmt_date(inv_date)}",
             f"Due Date: {g.fmt_date(inv_date + dt.timedelta(days=30))}", ""]
    total = 0.0
    for it in items:
        q, pr = r.randint(1, 40), round(r.uniform(3, 400), 2)
        total += q * pr
        lines.append(f"  {r.randint(100000, 999999)}  {it:<40} {q:>3} x ${pr:>8.2f}")
    tax = round(total * 0.0725, 2)
    lines += ["", f"Subtotal: ${total:,.2f}", f"Tax: ${tax:,.2f}", f"Total Due: ${total + tax:,.2f}", ""]
    if i % 2 == 0:
        lines += ["Remit to:", name, street, cityline]
        c.add("ADDRESS", needle=street)
    if i % 3 == 0:
        lines += [f"Bank routing (ABA): {aba_routing(r)}", f"Wire ref: {r.randint(1000000000, 9999999999)}"]
    if i % 4 == 1:
        acct = str(r.randint(10000000, 99999999))
        lines.append(f"Customer Account #: {acct}")
        c.add("ACCOUNT", needle=acct)
    ph = g.phone()
    lines += ["", f"Questions? Call {ph} or email billing@{dom}"]
    c.ev(PHONE=ph, EMAIL=f"billing@{dom}")
    text = "\n".join([f"Hello {clinic.first},", "", f"Please find your invoice from {name} below.", ""] + lines)
    if i % 3 == 2:
        body = multipart("alternative", [text_leaf(c, text), text_part(to_html(text, c), "html")], g.boundary())
    else:
        body = text_leaf(c, text)
    if i % 4 == 3:
        body = multipart("mixed", [body, attach_part(pdf_bytes(f"Invoice - {name}", lines), "application/pdf", "invoice.pdf")], g.boundary())
    return envelope(c, s, [addr(clinic)], r.choice(["Invoice", "Your invoice is ready", "Statement", "Payment reminder", "PO confirmation"]) + f" {r.randint(10000, 99999)}", body)


def ups_tracking(r: random.Random) -> str:
    body = "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + f"{r.randint(1, 99):02d}" + "".join(str(r.randint(0, 9)) for _ in range(7))
    vals = [int(ch) if ch.isdigit() else (ord(ch) - 63) % 10 for ch in body]
    total = sum(v * (2 if k % 2 else 1) for k, v in enumerate(vals))
    return "1Z" + body + str((10 - total % 10) % 10)


def usps_tracking(r: random.Random) -> str:
    digits = "9400" + "".join(str(r.randint(0, 9)) for _ in range(17))
    return digits + str(luhn_check_digit(digits))


def cat_neg_shipping(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    name, dom, street, cityline = company(c)
    carrier = ["UPS", "FedEx", "USPS"][i % 3]
    trk = {"UPS": ups_tracking(r), "FedEx": "".join(str(r.randint(0, 9)) for _ in range(12)), "USPS": usps_tracking(r)}[carrier]
    if carrier == "USPS" and i % 2:
        trk = " ".join(trk[k:k + 4] for k in range(0, 22, 4))
    to = g.provider(False)
    s = sender_for(c, ("Shipping", "Notifications", dom))
    d2, c2 = g.address()
    lines = ["Your order has shipped!", "", f"Order number: {r.randint(100000000, 999999999)}",
             f"{carrier} tracking number: {trk}",
             f"Estimated delivery: {WEEKDAY[r.randint(0, 4)]}, {MONTH[r.randint(0, 11)]} {r.randint(1, 28)}",
             f"Weight: {r.randint(1, 60)} lb   Packages: {r.randint(1, 4)}", "",
             "Ship from:", name, street, cityline, "", "Ship to:", to.org, "Attn: Receiving Dock", d2, c2, "",
             f"Track online: https://www.{dom}/track?num={trk.replace(' ', '')}",
             f"Customer service: 1-800-{r.randint(200, 999)}-{r.randint(1000, 9999)}"]
    c.ev(ADDRESS=d2, URL=f"https://www.{dom}/track", PHONE=lines[-1].split(": ")[1])
    if i % 3 == 1:
        lines.append(f"Serial numbers: SN{r.randint(10 ** 9, 10 ** 10 - 1)}, SN{r.randint(10 ** 9, 10 ** 10 - 1)}")
    text = "\n".join(lines)
    body = multipart("alternative", [text_leaf(c, text), text_part(to_html(text, c), "html", "utf-8", "quoted-printable")], g.boundary()) if i % 2 else text_leaf(c, text)
    return envelope(c, s, [addr(to)], r.choice(["Your shipment is on the way", f"Shipped: order {r.randint(1000, 9999)}", "Delivery update", "Out for delivery"]), body)


def cat_neg_release(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    prod = r.choice(["Nimbus Gateway", "PatientFlow Scheduler", "LabLink Interface Engine", "OrbitDB", "Beacon Monitoring Agent"])
    ver = f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 20)}"
    ip4 = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    ip6 = f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}"
    uuid = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48))
    sha = "%064x" % r.getrandbits(256)
    lines = [f"{prod} {ver} release notes", "=" * 30, "",
             f"Build: {r.randint(20240101, 20240331)}.{r.randint(1, 9)} (commit {sha[:12]})",
             f"Released: 2024-03-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z", "",
             "Changes:",
             f"  * Fixed a crash when the upstream at {ip4}:{r.choice([443, 8443, 5672, 2575])} closed the socket early.",
             f"  * Added IPv6 listener support (tested against {ip6}).",
             f"  * Hardware compatibility: controller boards B12, E11 and D3 now supported; part {r.choice(['J45', 'F32', 'C50'])}-{r.randint(100, 999)} deprecated.",
             f"  * Upgraded OpenSSL to 3.0.{r.randint(10, 13)}; TLS 1.0/1.1 disabled by default.",
             f"  * Config key retry.max changed from 3 to 5 (ticket #{r.randint(1000, 9999)}).",
             f"  * Device UUID {uuid} format unchanged.",
             "  * Timeout reduced from 30 s to 10.5 s; queue depth limit 65535.",
             "", f"SHA-256 ({prod.split()[0].lower()}-{ver}.tar.gz): {sha}",
             f"Download: https://downloads.example.com/{prod.split()[0].lower()}/{ver}/",
             f"Upgrade path: {r.randint(1, 9)}.{r.randint(0, 9)}.x -> {ver}. Rollback supported to 10.4.2.", ""]
    c.ev(IP=ip4, URL="https://downloads.example.com/")
    c.add("IP", needle=ip6)
    if i % 3 == 0:
        lines.append(f"Known issue: HL7 v2.5.1 ADT^A08 messages over 1 MB are rejected (ref {r.randint(100000, 999999)}).")
    if i % 4 == 0:
        lines += ["Contact the release team at releases@example.com."]
        c.add("EMAIL", needle="releases@example.com")
    text = "\n".join(lines)
    s = sender_for(c, ("Release", "Bot", "builds.example.com"))
    to = g.provider(False)
    body = text_leaf(c, text)
    if i % 3 == 2:
        log = "\n".join(f"2024-03-04 09:{m:02d}:{r.randint(0, 59):02d} INFO conn from {r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} port {r.randint(1024, 65535)} req={r.getrandbits(32):08x}" for m in range(40))
        body = multipart("mixed", [body, attach_part(log.encode(), "text/plain", "server.log")], g.boundary())
    return envelope(c, s, [addr(to)], f"[release] {prod} {ver}", body)


def cat_neg_signature(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    s = g.provider(physician=True)
    t = g.provider(physician=r.random() < 0.5)
    topics = [
        f"The provider meeting is moved to Thursday at {r.randint(7, 8)}:00 am in the {r.choice(['3rd floor', 'main', 'east wing'])} conference room. Breakfast will be provided.",
        f"I will be out of the office from the {r.randint(1, 14)}th to the {r.randint(15, 28)}th. Dr. {g.fake.last_name()} is covering my inbox.",
        "Could we swap clinic sessions next Monday? I have a conflict in the afternoon.",
        "Thanks for presenting at grand rounds yesterday. The slides were great.",
        f"New hire orientation is on {MONTH_LONG[r.randint(0, 11)]} {r.randint(1, 28)}. Please make sure your MAs have completed the EHR training modules.",
        "The credentialing packet needs your updated CV and license copy by Friday.",
        f"Call schedule for next month is posted. Extension {r.randint(2000, 5999)} rings the on-call phone.",
    ]
    text = "\n".join([r.choice([f"Hi {t.first},", f"{t.first},", "All,", "Hello everyone,", f"Dear Dr. {t.last},"]), "",
                      wrap(r.choice(topics)), "", wrap(r.choice(NEUTRAL_PARAS).replace("{n}", str(r.randint(10000, 99999))))])
    text += "\n" + s.signature(c, r, npi=True, dea=i % 2 == 0)
    if i == 11:
        text = long_thread(c, [s, t], 40, text)
    if i % 3 == 0:
        text += "\n\n" + wrap(r.choice(DISCLAIMERS))
    if i % 4 == 1:
        text += "\n\n" + quoted_reply(c, t, neutral_text(c, 1), FIXED_DT - dt.timedelta(days=1))
    body = text_leaf(c, text)
    if i % 3 == 2:
        body = multipart("alternative", [body, text_part(to_html(text, c), "html", "utf-8", "quoted-printable")], g.boundary())
        if i % 2 == 0:
            body = with_inline_image(c, body)
    return envelope(c, s, [addr(t)], r.choice(["Schedule change", "Staff meeting", "Coverage", "Grand rounds", "Credentialing", "Call schedule"]), body,
                    cc=[addr(g.provider(False))] if i % 3 == 1 else None)


NEWS = [
    "About 38 million Americans (roughly 1 in 10) have diabetes, and about 1 in 5 of them do not know it. Type 2 diabetes mellitus accounts for 90-95% of cases.",
    "Hypertension affects nearly half of adults in the United States. Only about 1 in 4 adults with hypertension has it under control.",
    "The HIPAA Privacy Rule protects individually identifiable health information. Covered entities must limit uses and disclosures of PHI to the minimum necessary.",
    "Never send a Social Security number by unencrypted email. Scammers often pose as insurers and ask members to 'verify' their SSN or Medicare number.",
    "New guidelines recommend screening adults aged 35 to 70 who are overweight for prediabetes and type 2 diabetes every three years.",
    "Metformin remains the first-line medication for most people with type 2 diabetes; GLP-1 drugs such as Ozempic are increasingly prescribed.",
    "Asthma affects more than 25 million people in the US. Using a controller inhaler every day lowers the risk of attacks.",
    "Breast cancer screening with mammography is recommended every two years for women aged 40 to 74.",
    "Depression is common and treatable. Sertraline and other SSRIs are widely used alongside therapy.",
    "Flu season tips: get vaccinated, wash your hands, and stay home when you are sick. Pneumonia is a serious complication for older adults.",
    "COPD is the sixth leading cause of death in the US. Quitting smoking is the single most important step.",
    "Under the HITECH Act, breaches affecting 500 or more individuals must be reported to HHS and the media within 60 days.",
]


def cat_neg_newsletter(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    org = r.choice(["Healthy Living Weekly", "Compliance Corner", "Diabetes Today", "Wellness Matters", "The Privacy Officer Digest"])
    paras = r.sample(NEWS, r.randint(3, 6)) if i != 9 else [x for _ in range(12) for x in r.sample(NEWS, len(NEWS))]
    text = org.upper() + f"\nIssue {r.randint(10, 240)} - {MONTH_LONG[r.randint(0, 11)]} 2024\n\n" + "\n\n".join(wrap(p) for p in paras)
    subject = f"{org}: " + r.choice(["diabetes awareness month", "protecting PHI", "your health this season", "HIPAA refresher", "new screening guidelines"])
    joined = (subject + " " + " ".join(paras)).lower()
    for term in ["diabetes", "hypertension", "asthma", "breast cancer", "depression", "pneumonia", "copd"]:
        if term in joined:
            c.add("DIAGNOSIS", needle=term)
    for m in ["metformin", "ozempic", "sertraline"]:
        if m in joined:
            c.add("MEDICATION", needle=m)
    text += f"\n\nRead more: https://www.{re.sub('[^a-z]', '', org.lower())}.org/articles/{r.randint(100, 999)}\nUnsubscribe: https://lists.example.org/u?id={r.getrandbits(40):x}"
    c.add("URL", needle="https://lists.example.org/u?id=")
    if i % 3 == 0:
        street, cityline = g.address()
        text += f"\n\n{org}, {street}, {cityline}"
        c.add("ADDRESS", needle=street)
    if i % 4 == 1:
        text += f"\nQuestions? newsletter@{re.sub('[^a-z]', '', org.lower())}.org"
        c.add("EMAIL", needle=f"newsletter@{re.sub('[^a-z]', '', org.lower())}.org")
    s = sender_for(c, ("Newsletter", "Team", re.sub("[^a-z]", "", org.lower()) + ".org"))
    to = g.provider(False)
    if i % 2:
        body = multipart("alternative", [text_leaf(c, text), text_part(to_html(text, c, "plain"), "html", "utf-8", "quoted-printable")], g.boundary())
    else:
        body = text_leaf(c, text)
    return envelope(c, s, [addr(to)], subject, body,
                    extra=[("List-Unsubscribe", f"<https://lists.example.org/u?id={r.getrandbits(40):x}>")])


def cat_neg_business(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    s, t = g.provider(False), g.provider(False)
    kind = i % 6
    if kind == 0:
        text = ("HR reminder: open enrollment ends Friday.\n\n" + wrap(
            "Payroll will never ask for your full Social Security number by email. Phishing messages often use "
            "sample numbers such as 078-05-1120 (the 1938 wallet-card number) or 987-65-4320 (reserved for "
            "advertising). If you see one of these, report the email to security.") +
            f"\n\nBenefits hotline: {g.phone()}\nhr@{s.domain}")
        c.ev(PHONE=text.split("hotline: ")[1].split("\n")[0], EMAIL=f"hr@{s.domain}")
    elif kind == 1:
        ref = f"9{r.randint(0, 9)}{r.randint(0, 9)}-{r.choice([70, 71, 72, 78, 80, 88, 90, 92])}-{r.randint(1000, 9999)}"
        text = (f"Your travel reimbursement has been approved.\n\nReference No.: {ref}\nAmount: ${r.randint(50, 900)}.{r.randint(0, 99):02d}\n"
                f"Expected deposit: {MONTH[r.randint(0, 11)]} {r.randint(1, 28)}\nCase ref {9}{r.randint(10, 99)}{r.randint(70, 88)}{r.randint(1000, 9999)}\n\nQuestions: {g.phone()}")
        c.add("PHONE", needle=text.split("Questions: ")[1])
    elif kind == 2:
        text = (f"IT notice: scheduled maintenance on {WEEKDAY[r.randint(0, 6)]} from 22:00 to 02:00.\n\n"
                f"VPN users should reconnect to vpn2.{s.domain} afterwards. The help desk ({g.phone()}, ext. {r.randint(1000, 9999)}) "
                f"will be staffed.\nTicket: INC{r.randint(1000000, 9999999)}")
        c.add("PHONE", needle=text.split("help desk (")[1].split(", ext")[0])
    elif kind == 3:
        people = [(g.fake.name(), g.phone()) for _ in range(3)]
        text = ("Meeting notes - facilities committee\n\nAttendees: " + ", ".join(n for n, _ in people) +
                "\n\n- Lobby renovation starts in April.\n- Budget approved: $48,500.\n- Next meeting: " + f"{MONTH_LONG[r.randint(0, 11)]} {r.randint(1, 28)}, 2024\n\nContacts:\n" +
                "\n".join(f"  {n}: {ph}" for n, ph in people))
        c.add("PHONE", needle=people[0][1])
    elif kind == 4:
        text = (f"Introducing our new patient engagement platform! Join our webinar on {MONTH_LONG[r.randint(0, 11)]} {r.randint(1, 28)} at 1 pm ET.\n\n"
                f"Register: https://events.{s.domain}/webinar\nSales: {g.phone()} | sales@{s.domain}\n\n"
                "Example SSN field validation demo uses 987-65-4321 so no real data is shown.")
        c.ev(PHONE=text.split("Sales: ")[1].split(" |")[0], EMAIL=f"sales@{s.domain}", URL=f"https://events.{s.domain}/webinar")
    else:
        text = (f"Quarterly numbers: revenue ${r.randint(1, 9)}.{r.randint(0, 9)}M, {r.randint(100, 999)} new accounts, NPS {r.randint(20, 70)}.\n"
                f"Employee ID format is changing from 6 to 9 digits (e.g. {r.randint(100000000, 999999999)}).\n"
                f"W-2 forms: tax ID reference TIN {r.choice([900, 912, 934, 988])}-{r.choice([70, 75, 81, 92])}-{r.randint(1000, 9999)} is an internal reference number, not an SSN.")
    text = f"{r.choice(['Hi all,', 'Team,', 'Hello,', t.first + ','])}\n\n{text}\n" + s.signature(c, r)
    body = text_leaf(c, text)
    if i % 4 == 3:
        body = multipart("alternative", [body, text_part(to_html(text, c), "html", "utf-8", "base64")], g.boundary())
    return envelope(c, s, [addr(t)], r.choice(["Reminder", "Notice", "Meeting notes", "Approved", "Webinar invite", "Q1 update"]), body)


def cat_neg_attachment(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    kind = i % 5
    prices = [["SKU", "Description", "Unit", "Price"]] + [[f"{r.choice('ABCDEFGH')}{r.randint(100, 999)}-{r.randint(10, 99)}", r.choice(["Exam gloves", "Gauze 4x4", "Syringe 3 mL", "Alcohol prep pads", "Tongue depressors", "Paper gowns", "Specimen cups"]), r.choice(["box", "case", "each"]), f"{r.uniform(2, 200):.2f}"] for _ in range(r.randint(10, 40))]
    sched = [["Date", "Room", "Time", "Event"]] + [[f"2024-0{r.randint(3, 6)}-{r.randint(1, 28):02d}", f"Conf {r.choice('ABC')}{r.randint(1, 4)}", f"{r.randint(8, 16)}:00", r.choice(["Staff meeting", "Vendor demo", "Training", "Budget review", "Fire drill"])] for _ in range(r.randint(8, 20))]
    if kind == 0:
        data, fn, ct = xlsx_bytes([("Prices", prices)]), "price_list_2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    elif kind == 1:
        data, fn, ct = docx_bytes("Room schedule", ["Please book rooms through the facilities portal."], sched), "schedule.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    elif kind == 2:
        data, fn, ct = pdf_bytes("Price list", [" | ".join(row) for row in prices]), "prices.pdf", "application/pdf"
    elif kind == 3:
        data, fn, ct = make_zip([("prices.csv", csv_bytes(prices)), ("schedule.csv", csv_bytes(sched))]), "q2_docs.zip", "application/zip"
    else:
        data, fn, ct = pptx_bytes([("Q2 facilities plan", ["Lobby renovation", "New signage", "Parking changes"]), ("Budget", ["$48,500 approved", "Contingency 10%"])]), "facilities.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    cover, s, t = neutral_cover(c, r.choice(["price list", "schedule", "documents", "deck"]))
    body = multipart("mixed", [text_leaf(c, cover), attach_part(data, ct, fn)], g.boundary())
    return envelope(c, s, [addr(t)], r.choice(["Price list", "Schedule", "Docs for Q2", "Facilities update"]), body)


# --------------------------------------------------------------------------------------------
# Malformed messages
# --------------------------------------------------------------------------------------------
def raw_headers(c: Ctx, subject: str, ctype: str, extra=()) -> str:
    g, r = c.g, c.r
    s, t = g.provider(False), g.provider(False)
    g.mid += 1
    when = FIXED_DT + dt.timedelta(minutes=g.mid * 37)
    h = [f'From: "{s.first} {s.last}" <{s.email}>', f"To: {addr(t)}", f"Date: {fmt_date_header(when)}",
         f"Message-ID: <{r.getrandbits(64):016x}.{g.mid}@{s.domain}>", f"Subject: {subject}", "MIME-Version: 1.0"]
    h += list(extra)
    h.append(f"Content-Type: {ctype}")
    return "\n".join(h) + "\n"


def phi_lines(c: Ctx) -> str:
    p = c.g.person()
    return "\n".join(field_block(c, p, ["name", "dob", c.r.choice(["ssn", "mrn", "member"]), "dx"]))


def cat_malformed(c: Ctx, i: int) -> bytes:
    r, g = c.r, c.g
    kind = i
    if kind == 0:  # truncated base64, PHI in the readable prefix
        text = "Patient details follow.\n" + phi_lines(c) + "\n\n" + neutral_text(c, 12)
        b = b64lines(text.encode())
        b = b[: int(len(b) * 0.6) + 3]
        h = raw_headers(c, "Transfer", 'text/plain; charset="utf-8"', ["Content-Transfer-Encoding: base64"])
        return crlf(h.encode() + b"\n" + b)
    if kind == 1:  # missing final boundary
        bd = g.boundary()
        h = raw_headers(c, "Records", f'multipart/mixed; boundary="{bd}"')
        body = f"--{bd}\nContent-Type: text/plain; charset=utf-8\n\nHi,\n\n{phi_lines(c)}\n\n--{bd}\nContent-Type: text/plain\n\nsecond part, no closing boundary\n"
        return crlf((h + "\n" + body).encode())
    if kind == 2:  # declared multipart, no boundary lines at all
        h = raw_headers(c, "Follow-up", 'multipart/mixed; boundary="b1_missing_everywhere"')
        return crlf((h + "\nHi team,\n\n" + phi_lines(c) + "\n\nThanks\n").encode())
    if kind == 3:  # 200-deep nesting
        c.unscannable.append("mime.too_deep")
        depth = 200
        h = raw_headers(c, "Nested", 'multipart/mixed; boundary="d0"')
        parts = ["This is a multi-part message.\n"]
        for k in range(depth):
            parts.append(f"--d{k}\nContent-Type: multipart/mixed; boundary=\"d{k + 1}\"\n\n")
        parts.append(f"--d{depth}\nContent-Type: text/plain\n\nThe staff meeting is at noon.\n")
        for k in range(depth, -1, -1):
            parts.append(f"--d{k}--\n")
        return crlf((h + "\n" + "".join(parts)).encode())
    if kind == 4:  # zip bomb
        c.unscannable.append("archive.bomb")
        bd = g.boundary()
        h = raw_headers(c, "Quarterly export", f'multipart/mixed; boundary="{bd}"')
        z = zip_bomb(200)
        part = attach_part(z, "application/zip", "export.zip")
        body = f"--{bd}\nContent-Type: text/plain\n\nExport attached.\n--{bd}\n".encode() + part.bytes() + f"--{bd}--\n".encode()
        return crlf(h.encode() + b"\n" + body)
    if kind in (5, 14):  # ZipCrypto-encrypted zip (14 also has PHI in the body)
        c.unscannable.append("archive.encrypted")
        inner = csv_bytes(patient_table(Ctx(g, "x"), 10))
        z = zipcrypto_zip([("patients.csv", inner)], b"Spring2024!", r)
        bd = g.boundary()
        h = raw_headers(c, "Encrypted file", f'multipart/mixed; boundary="{bd}"')
        txt = "The password will be sent in a separate email.\n"
        if kind == 14:
            txt = "Re the patient below, full list in the protected zip.\n" + phi_lines(c) + "\n"
        part = attach_part(z, "application/zip", "patients.zip")
        body = f"--{bd}\nContent-Type: text/plain\n\n{txt}--{bd}\n".encode() + part.bytes() + f"--{bd}--\n".encode()
        return crlf(h.encode() + b"\n" + body)
    if kind == 6:  # unknown charset
        h = raw_headers(c, "Chart update", 'text/plain; charset="x-unknown-42"', ["Content-Transfer-Encoding: 8bit"])
        return crlf((h + "\nPlease update:\n" + phi_lines(c) + "\n").encode())
    if kind == 7:  # NUL bytes in the body
        h = raw_headers(c, "Chart note", 'text/plain; charset="us-ascii"')
        body = ("Note\x00 follows\n" + phi_lines(c) + "\n\x00\x00end\n").encode()
        return crlf(h.encode() + b"\n" + body)
    if kind == 8:  # lines over 998 characters
        h = raw_headers(c, "Export", 'text/html; charset="utf-8"')
        pad = "".join(f"<td>cell {k}</td>" for k in range(300))
        line = "<html><body><table><tr>" + pad + "</tr></table><p>" + html.escape(phi_lines(c)).replace("\n", "<br>") + "</p>" + pad + "</body></html>"
        return crlf((h + "\n" + line + "\n").encode())
    if kind == 9:  # 100 KB header
        big = "X-Trace-Data: " + "\n\t".join(f"{r.getrandbits(256):064x}" for _ in range(1560))
        h = raw_headers(c, "Referral", 'text/plain; charset="utf-8"', [big])
        return crlf((h + "\nReferral details:\n" + phi_lines(c) + "\n").encode())
    if kind == 10:  # 100 KB References, clean body
        refs = "References: " + "\n ".join(f"<{r.getrandbits(64):016x}.{k}@mail.example.org>" for k in range(2900))
        h = raw_headers(c, "Re: re: re: lunch order", 'text/plain; charset="utf-8"', [refs, "In-Reply-To: <0.1@mail.example.org>"])
        return crlf((h + "\nPizza is fine with me.\n").encode())
    if kind == 11:  # encrypted PDF
        c.unscannable.append("pdf.encrypted")
        sub = Ctx(g, "x")
        text, *_ = compose(sub, letter_discharge, quote=False, use_subject=False)
        data = pdf_bytes("Discharge Summary", text.split("\n"), encrypt=True)
        bd = g.boundary()
        h = raw_headers(c, "Protected document", f'multipart/mixed; boundary="{bd}"')
        part = attach_part(data, "application/pdf", "summary.pdf")
        body = f"--{bd}\nContent-Type: text/plain\n\nPassword by phone.\n--{bd}\n".encode() + part.bytes() + f"--{bd}--\n".encode()
        return crlf(h.encode() + b"\n" + body)
    if kind == 12:  # raw 8-bit bytes in headers
        p = g.person()
        dx = r.choice(DIAG)[0]
        c.add("NAME", "DOB", "DIAGNOSIS")
        h = raw_headers(c, f"Résultats: Patient José {p.last} DOB {p.dob_s} – {dx}", 'text/plain; charset="utf-8"', ["X-Sender-Name: Zoë Müller"])
        return crlf((h + "\nSee subject. Thanks.\n").encode("utf-8"))
    if kind == 13:  # LF-only blank line, bare CR line ends, bogus characters inside base64
        text = "Hello,\n" + phi_lines(c) + "\n"
        b = b64lines(text.encode())
        b = b.replace(b"\n", b"\n!!\n", 2)
        h = raw_headers(c, "note", 'text/plain; charset="utf-8"', ["Content-Transfer-Encoding: base64"])
        return h.encode().replace(b"\n", b"\r\n") + b"\n" + b.replace(b"\n", b"\r", 3)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Self-check: every identifier a label claims must be recoverable from the decoded content
# --------------------------------------------------------------------------------------------
def _xml_text(data: bytes) -> str:
    t = re.sub(r"</(w:p|a:p|text:p|text:h|w:tc|c|si|row)>", "\n", data.decode("utf-8", "replace"))
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def _pdf_text(data: bytes) -> str:
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        blob = m.group(1)
        try:
            blob = zlib.decompress(blob)
        except zlib.error:
            pass
        out += [t.decode("latin-1").replace("\\(", "(").replace("\\)", ")") for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", blob)]
    return "\n".join(out)


def file_text(name: str, data: bytes, depth=0) -> str:
    """Text of an attachment, recursing into archives and office documents."""
    low = name.lower()
    if depth > 6:
        return ""
    if data[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            b = z.read(n)
            if n.endswith(".xml") and (low.endswith((".docx", ".xlsx", ".pptx", ".odt", ".ods")) or n.startswith(("word/", "xl/", "ppt/")) or n == "content.xml"):
                parts.append(_xml_text(b))
            elif not n.endswith((".xml", ".rels")):
                parts.append(file_text(n, b, depth + 1))
        return " ".join(parts)
    if data[:2] == b"\x1f\x8b":
        return file_text(low[:-3] if low.endswith(".gz") else low.replace(".tgz", ".tar"), gzip.decompress(data), depth + 1)
    if len(data) > 262 and data[257:262] == b"ustar":
        t = tarfile.open(fileobj=io.BytesIO(data))
        return " ".join(file_text(m.name, t.extractfile(m).read(), depth + 1) for m in t.getmembers() if m.isfile())
    if data[:5] == b"%PDF-":
        return _pdf_text(data)
    if low.endswith((".png", ".jpg")):
        return ""
    for cs in ("utf-8-sig", "latin-1"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return ""


def message_text(raw: bytes) -> str:
    """All decoded text of a message: Subject, filenames, text parts (HTML stripped), attachments."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get("Subject"):
            out.append(str(part["Subject"]))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" and not fn:
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = re.sub(r"<(?:br|/p|/div|/tr|/td|/li|/table|/h\d|/blockquote)\b[^>]*>", "\n", t, flags=re.I)
                t = html.unescape(re.sub(r"<!--.*?-->|<[^>]+>", "", t, flags=re.S))
            out.append(t)
        else:
            out.append(file_text(fn or "", part.get_payload(decode=True) or b""))
    return "\n".join(out)


def _norm(s: str) -> str:
    import unicodedata
    return re.sub(r"[^\S\n]+", " ", unicodedata.normalize("NFKC", s)).casefold()


def missing_needles(raw: bytes, needles: list[str]) -> list[str]:
    hay = _norm(message_text(raw))
    return [n for n in needles if _norm(n) not in hay]


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------
COUNTS = {"phi-plain": 12, "phi-html": 12, "phi-qp": 12, "phi-base64": 10, "phi-charset": 12,
          "phi-csv": 12, "phi-xlsx": 12, "phi-docx": 10, "phi-pptx": 10, "phi-pdf": 10,
          "phi-archive": 12, "phi-nested": 10, "phi-subject": 10, "phi-fullwidth": 10,
          "neg-invoice": 12, "neg-shipping": 10, "neg-release": 10, "neg-signature": 12,
          "neg-newsletter": 10, "neg-business": 12, "neg-attachment": 10, "malformed": 15}


def generate(out: Path, seed: int) -> list[dict]:
    g = Gen(seed)
    old = out / "labels.jsonl"
    labels = [e for e in (json.loads(ln) for ln in old.read_text().splitlines() if ln.strip())
              if e["category"] in HAND_WRITTEN + SEPARATE] if old.exists() else []
    problems = 0
    for cat in CATEGORIES:
        fn = globals()["cat_" + cat.replace("-", "_")]
        d = out / cat
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for i in range(COUNTS[cat]):
            c = Ctx(g, cat)
            c.org_mode = cat in NEGATIVE
            data = fn(c, i)
            name = f"{cat}/{i + 1:03d}.eml"
            if cat != "malformed":
                lost = missing_needles(data, c.needles)
                unshown = [t for t in sorted(c.types) if not c.evidence.get(t)]
                if lost or unshown:
                    print(f"SELF-CHECK {name}: not recoverable: {lost}; types without evidence: {unshown}", file=sys.stderr)
                    problems += 1
            (out / name).write_bytes(data)
            phi = c.verdict()
            if cat in POSITIVE:
                assert phi, (name, c.types)
            if cat in NEGATIVE:
                assert not phi, (name, c.types)
            entry = {"file": name, "phi": phi, "types": [t for t in CANONICAL if t in c.types], "category": cat}
            if c.unscannable:
                entry["unscannable"] = sorted(set(c.unscannable))
            labels.append(entry)
    if problems:
        raise SystemExit(f"{problems} messages failed the self-check")
    labels.sort(key=lambda e: e["file"])
    with open(out / "labels.jsonl", "w", newline="\n") as f:
        for e in labels:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return labels


def verify(out: Path) -> int:
    errors = []
    labels = [json.loads(ln) for ln in (out / "labels.jsonl").read_text().splitlines() if ln.strip()]
    files = sorted(str(p.relative_to(out)) for p in out.glob("*/*.eml"))
    if [e["file"] for e in labels] != files:
        errors.append("labels.jsonl does not list exactly the .eml files, in sorted order")
    counts: dict[str, int] = {}
    total = 0
    for e in labels:
        cat = e["file"].split("/")[0]
        counts[cat] = counts.get(cat, 0) + 1
        if e.get("category") != cat or cat not in CATEGORIES + HAND_WRITTEN + SEPARATE:
            errors.append(f"{e['file']}: bad category")
        if not isinstance(e.get("phi"), bool):
            errors.append(f"{e['file']}: phi is not a boolean")
        if any(t not in CANONICAL for t in e["types"]) or len(set(e["types"])) != len(e["types"]):
            errors.append(f"{e['file']}: non-canonical or repeated types")
        if cat in POSITIVE and not e["phi"] or cat in NEGATIVE and e["phi"]:
            errors.append(f"{e['file']}: phi label contradicts its category")
        path = out / e["file"]
        if not path.exists():
            continue
        raw = path.read_bytes()
        total += len(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # Malformed mail is meant to break these rules; hand-written mail is kept as its writers
        # made it (their generators regenerate it byte for byte), not held to the generator's.
        if cat == "malformed" or cat in HAND_WRITTEN:
            continue
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{e['file']}: line ends are not all CRLF")
        if any(len(ln) > 998 for ln in raw.split(b"\r\n")):
            errors.append(f"{e['file']}: a line is longer than 998 octets")
        if not all(ln.isascii() for ln in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")):
            errors.append(f"{e['file']}: 8-bit bytes in the top-level header")
        for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[h] is None:
                errors.append(f"{e['file']}: missing {h}")
        stack = [msg]
        while stack:
            m = stack.pop()
            if m.defects:
                errors.append(f"{e['file']}: parser defects {[type(d).__name__ for d in m.defects]}")
            if m.is_multipart():
                stack += list(m.iter_parts()) if m.get_content_maintype() == "multipart" else m.get_payload()
            elif m.get_content_type() == "message/rfc822":
                stack += m.get_payload()
            else:
                m.get_payload(decode=True)
                if m.get_content_maintype() == "text":
                    m.get_content()
    for cat in CATEGORIES + HAND_WRITTEN + SEPARATE:
        if counts.get(cat, 0) < 8:
            errors.append(f"category {cat} has {counts.get(cat, 0)} messages (< 8)")
    # (15 MB until the sixty-fourth blind set, 20 MB until the eighty-fourth, 24 MB until the ninety-second,
    # 28 MB until the hundred-and-seventh, 32 MB until the hundred-and-twenty-first; each set adds about 0.35 MB.
    # The bound keeps a clone and the corpus run small: at 33 million bytes the whole corpus scores in about 75
    # seconds on two cores. Room now for about twenty more sets; then thin the oldest generated categories.)
    if total > 40 * 1024 * 1024:
        errors.append(f"corpus is {total} bytes (> 40 MB)")
    for err in errors:
        print("FAIL", err)
    print(f"{len(labels)} messages, {total} bytes, {sum(e['phi'] for e in labels)} phi; "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--verify", action="store_true", help="only check the corpus in --out")
    a = ap.parse_args()
    out = Path(a.out)
    if not a.verify:
        try:
            import docx, faker, fpdf, odf, openpyxl, pptx  # noqa: F401
        except ImportError as err:
            print(f"missing generator dependency ({err.name}); install Corpus/requirements.txt into a venv", file=sys.stderr)
            return 2
        generate(out, a.seed)
    return verify(out)


if __name__ == "__main__":
    sys.exit(main())
