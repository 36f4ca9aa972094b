"""Identifier generators with valid check digits, implementing the algorithms of shared/docs/domain.md.

Independent of the detector's C# validators on purpose: FreshCorpusTests cross-checks every generated identifier
with those validators, so a bug on either side shows up as a disagreement.
"""
import random

ICAO_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def mod97_iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def mod11_10_check(digits):
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return 0 if check == 10 else check


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # doubled: the rightmost payload digit sits next to the check digit
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return (10 - total % 10) % 10


def icao_check(value):
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(value):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += v * weights[i % 3]
    return total % 10


def digit_sum(n):
    return n // 10 + n % 10


class Identifiers:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def iban_de(self):
        return mod97_iban("DE", self.digits(18))

    def iban(self, country, bban_len):
        return mod97_iban(country, self.digits(bban_len))

    def tax_id(self):
        while True:
            first10 = self.digits(10, first_nonzero=True)
            counts = [first10.count(d) for d in "0123456789"]
            if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
                continue
            return first10 + str(mod11_10_check(first10))

    def vat_id(self):
        body = self.digits(8, first_nonzero=True)
        return "DE" + body + str(mod11_10_check(body))

    def travel_document(self, first_letters, check_digit):
        serial = self.rng.choice(first_letters) + "".join(self.rng.choice(ICAO_ALPHABET) for _ in range(8))
        if not any(c.isdigit() for c in serial):
            serial = serial[:-1] + self.rng.choice("0123456789")
        return serial + (str(icao_check(serial)) if check_digit else "")

    def id_card(self, check_digit=False):
        return self.travel_document("LMNPRTVWXY", check_digit)

    def passport(self, check_digit=False):
        return self.travel_document("CFGHJK", check_digit)

    def social_security(self, birth_ddmmyy, letter):
        area = self.rng.choice(["12", "13", "15", "17", "18", "23", "24", "25", "28", "38", "40", "42", "53", "65"])
        serial = self.digits(2)
        head = area + birth_ddmmyy
        code = ord(letter) - ord("A") + 1
        values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        check = sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10
        return f"{head}{letter}{serial}{check}"

    def health_insurance(self):
        letter = self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        body = self.digits(8)
        code = ord(letter) - ord("A") + 1
        values = [code // 10, code % 10] + [int(c) for c in body]
        check = sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10
        return f"{letter}{body}{check}"

    def credit_card(self, prefix, length):
        payload = prefix + self.digits(length - len(prefix) - 1)
        return payload + str(luhn_check(payload))

    def tax_number_nrw(self):
        # NRW layout FFF/BBBB/UUUP (Finanzamt, district, serial with check); domain.md: layout only.
        return f"{self.rng.choice(['302', '304', '306', '332', '335', '340'])}/{self.digits(4)}/{self.digits(4)}"

    def tax_number_federal_nrw(self):
        # 13-digit federal form: 5 (NRW) + FFF + 0 + BBBB + UUUP.
        return "5" + self.rng.choice(["302", "304", "306", "332"]) + "0" + self.digits(8)

    def tax_number_bavaria(self):
        return f"{self.digits(3, True)}/{self.digits(3)}/{self.digits(5)}"


def group(value, size, sep=" "):
    return sep.join(value[i:i + size] for i in range(0, len(value), size))
