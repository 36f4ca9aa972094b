"""Shared by the make_fresh*.py generators: texts carry inline marks [[CATEGORY|text]] (and [[N|text]] for neutral
spans); build() strips them and computes start/end as UTF-16 indices (every character is in the BMP, asserted)."""
import re

CATS = {
    "P": "PERSON", "A": "ADDRESS", "E": "EMAIL", "T": "PHONE", "IBAN": "IBAN", "TID": "TAX_ID",
    "TNR": "TAX_NUMBER", "VAT": "VAT_ID", "IDC": "ID_CARD", "PASS": "PASSPORT", "SSN": "SOCIAL_SECURITY",
    "KV": "HEALTH_INSURANCE", "DOB": "DATE_OF_BIRTH", "KFZ": "LICENSE_PLATE", "AZ": "CASE_REFERENCE",
    "CC": "CREDIT_CARD",
}
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)


def build(doc_id, channel, template, marked, flags):
    """One corpus line: the text without marks, its entities and neutral spans, the special-category flags."""
    text, entities, neutral = [], [], []
    pos, last = 0, 0
    for m in MARK.finditer(marked):
        before = marked[last:m.start()]
        assert "[[" not in before and "]]" not in before, before
        text.append(before)
        pos += len(before)
        code, value = m.group(1), m.group(2)
        span = {"start": pos, "end": pos + len(value), "text": value}
        if code == "N":
            neutral.append(span)
        else:
            entities.append({"category": CATS[code], **span})
        text.append(value)
        pos += len(value)
        last = m.end()
    tail = marked[last:]
    assert "[[" not in tail and "]]" not in tail, tail
    text.append(tail)
    full = "".join(text)
    # UTF-16 length equals Python length only when every character is in the BMP.
    assert all(ord(c) < 0x10000 for c in full)
    for e in entities + neutral:
        assert full[e["start"]:e["end"]] == e["text"]
        assert e["text"] == e["text"].strip(), e
    spans = sorted(entities + neutral, key=lambda span: span["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    return {"id": doc_id, "channel": channel, "template": template, "text": full,
            "entities": entities, "neutral": neutral, "specialCategories": flags}
