"""Case forms of Russian nouns, and their capitalised and upper-case forms, for the word lists
(`gen-data.py`, `gen-data-extra.py`).

Russian puts a noun in one of six cases, and mail writes it in whichever the sentence needs
("меняла катетер", "после капельницы", "дали метопролол", "нет метопролола"): a list holding
only the dictionary form misses most of them. The endings are generated from the dictionary
form for three regular declensions; a stem ending in к, г, х, ж, ш, ч or щ takes и for ы, and
one ending in ж, ш, ч, щ or ц takes ем for ом, as Russian spelling has it.
"""
from __future__ import annotations

HUSH = set("кгхжшчщ")


def masculine(noun: str) -> set[str]:
    """A masculine noun ending in a consonant: катетер, катетера, катетеру, катетером…"""
    y = "и" if noun[-1] in HUSH else "ы"
    o = "ем" if noun[-1] in "жшчщц" else "ом"
    return {noun, noun + "а", noun + "у", noun + o, noun + "е", noun + y, noun + "ов", noun + "ам",
            noun + "ами", noun + "ах"}


def feminine(noun: str) -> set[str]:
    """A feminine noun ending in -а: таблетка, таблетки, таблетке, таблетку, таблеткой…"""
    stem = noun[:-1]
    y = "и" if stem[-1] in HUSH else "ы"
    return {noun, stem + y, stem + "е", stem + "у", stem + "ой", stem + "ам", stem + "ами", stem + "ах"}


def feminine_ia(noun: str) -> set[str]:
    """A feminine noun ending in -ия: операция, операции, операцию, операцией…"""
    stem = noun[:-2]
    return {stem + e for e in ("ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях")}


def cased(terms) -> set[str]:
    """Capitalised and upper-case forms of the Cyrillic terms. The phrase walk folds case by
    setting bit 0x20 of every byte: right for ASCII, Latin-1 and Cyrillic А-П, but Р-Я and р-я
    differ in their lead byte, so "МРТ" and "Пациентка" need their own entries."""
    out = set()
    for t in terms:
        if any("\u0400" <= c <= "\u04ff" for c in t):
            out.add(t.upper())
            out.add(t[:1].upper() + t[1:])
    return out
