"""Arabic letters joined and put in visual order, without a shaping engine: what prints when
HarfBuzz (``uharfbuzz``) is not installed (see :mod:`engagedesk.printing.fonts`).

reportlab draws one glyph per character, left to right.  Arabic needs each letter in the form
that joins its neighbours (initial, medial, final, isolated) and the word drawn right to left.
This module does both with the Unicode presentation forms (the way text was shaped before
OpenType), so names like محمد الحسن print joined and readable.  What it does not do: marks that
change with context beyond the presentation forms, kashida justification, or the full bidi
algorithm (an Arabic run inside a Latin line is reversed as a whole, which is right for names).
"""

from __future__ import annotations

import unicodedata

# letter -> (isolated, final, initial, medial); two forms: joins on the right (previous) only.
_FORMS: dict[str, tuple[int, ...]] = {
    "\u0621": (0xFE80,),
    "\u0622": (0xFE81, 0xFE82), "\u0623": (0xFE83, 0xFE84), "\u0624": (0xFE85, 0xFE86),
    "\u0625": (0xFE87, 0xFE88), "\u0626": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C),
    "\u0627": (0xFE8D, 0xFE8E), "\u0628": (0xFE8F, 0xFE90, 0xFE91, 0xFE92),
    "\u0629": (0xFE93, 0xFE94), "\u062A": (0xFE95, 0xFE96, 0xFE97, 0xFE98),
    "\u062B": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C), "\u062C": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0),
    "\u062D": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4), "\u062E": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8),
    "\u062F": (0xFEA9, 0xFEAA), "\u0630": (0xFEAB, 0xFEAC), "\u0631": (0xFEAD, 0xFEAE),
    "\u0632": (0xFEAF, 0xFEB0), "\u0633": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "\u0634": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8), "\u0635": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "\u0636": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0), "\u0637": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "\u0638": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8), "\u0639": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "\u063A": (0xFECD, 0xFECE, 0xFECF, 0xFED0), "\u0641": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "\u0642": (0xFED5, 0xFED6, 0xFED7, 0xFED8), "\u0643": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "\u0644": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0), "\u0645": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "\u0646": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8), "\u0647": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "\u0648": (0xFEED, 0xFEEE), "\u0649": (0xFEEF, 0xFEF0),
    "\u064A": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
    # Persian and Urdu letters (presentation forms A)
    "\u067E": (0xFB56, 0xFB57, 0xFB58, 0xFB59), "\u0686": (0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D),
    "\u0698": (0xFB8A, 0xFB8B), "\u06A9": (0xFB8E, 0xFB8F, 0xFB90, 0xFB91),
    "\u06AF": (0xFB92, 0xFB93, 0xFB94, 0xFB95), "\u06CC": (0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF),
}
_TATWEEL = "\u0640"  # joins on both sides, has no forms
# lam + alef -> (isolated, final) ligature
_LAM_ALEF = {"\u0622": (0xFEF5, 0xFEF6), "\u0623": (0xFEF7, 0xFEF8),
             "\u0625": (0xFEF9, 0xFEFA), "\u0627": (0xFEFB, 0xFEFC)}
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«"}


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


def _transparent(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _joins_forward(char: str | None) -> bool:
    """Can ``char`` join the letter that follows it (in reading order)?"""
    return char == _TATWEEL or (char is not None and len(_FORMS.get(char, ())) == 4)


def _joins_back(char: str | None) -> bool:
    """Can ``char`` join the letter before it?"""
    return char == _TATWEEL or (char is not None and len(_FORMS.get(char, ())) >= 2)


def shape(text: str) -> str:
    """Each Arabic letter in its joining form (still in reading order)."""
    letters = list(text)
    bases = [i for i, ch in enumerate(letters) if not _transparent(ch)]
    out: list[str] = []
    skip: set[int] = set()
    for position, index in enumerate(bases):
        if index in skip:
            continue
        char = letters[index]
        previous = letters[bases[position - 1]] if position > 0 else None
        following_index = bases[position + 1] if position + 1 < len(bases) else None
        following = letters[following_index] if following_index is not None else None
        joined_before = _joins_forward(previous) and _joins_back(char)
        marks = "".join(letters[index + 1:(following_index if following_index is not None else len(letters))])
        if char == "\u0644" and following in _LAM_ALEF:
            ligature = _LAM_ALEF[following][1 if joined_before else 0]
            alef_marks = "".join(letters[following_index + 1:(bases[position + 2] if position + 2 < len(bases) else len(letters))])
            out.append(chr(ligature) + marks + alef_marks)
            skip.add(following_index)
            continue
        forms = _FORMS.get(char)
        if not forms:
            out.append(char + marks)
            continue
        joined_after = _joins_forward(char) and _joins_back(following)
        if len(forms) == 4 and joined_before and joined_after:
            form = forms[3]
        elif len(forms) == 4 and joined_after:
            form = forms[2]
        elif len(forms) >= 2 and joined_before:
            form = forms[1]
        else:
            form = forms[0]
        out.append(chr(form) + marks)
    leading = "".join(letters[: bases[0]]) if bases else text
    return leading + "".join(out)


def visual(text: str) -> str:
    """Shaped, and in drawing order (right to left): marks stay after their letter, brackets
    are mirrored, and runs of digits or Latin letters inside keep their own order."""
    shaped = shape(text)
    clusters: list[str] = []
    for char in shaped:
        if clusters and _transparent(char):
            clusters[-1] += char
        else:
            clusters.append(_MIRROR.get(char, char))
    # Keep left-to-right pieces (digits, Latin) in their order inside the reversed run.
    pieces: list[list[str]] = []
    for cluster in clusters:
        ltr = cluster[0].isascii() and cluster[0].isalnum()
        if pieces and ltr and pieces[-1][0] == "ltr":
            pieces[-1][1].append(cluster)  # type: ignore[union-attr]
        else:
            pieces.append(["ltr" if ltr else "rtl", [cluster]])  # type: ignore[list-item]
    ordered = []
    for kind, chunk in reversed(pieces):
        ordered.extend(chunk if kind == "ltr" else reversed(chunk))  # type: ignore[arg-type]
    return "".join(ordered)
