"""Foreign and extra identifier helpers for batch 92 (own implementations of the public national standards)."""
import datetime

ICAO = "CFGHJKLMNPRTVWXYZ0123456789"


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def mod11_10_ok(digits):
    product = 10
    for ch in digits[:-1]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[-1])


def tax_id_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_ok(s)


def icao_value(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def icao_ok(s):
    body, chk = s[:-1], s[-1]
    w = (7, 3, 1)
    return sum(icao_value(c) * w[i % 3] for i, c in enumerate(body)) % 10 == int(chk)


def rvnr_ok(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * x) // 10 + (v * x) % 10 for v, x in zip(vals, w)) % 10 == int(s[11])


def kvnr_ok(s):
    code = ord(s[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    t = sum((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10 for i, v in enumerate(vals))
    return t % 10 == int(s[9])


# --- Poland ---------------------------------------------------------------
PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel(rng, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    serial = "".join(rng.choice("0123456789") for _ in range(3))
    sexd = rng.choice("02468" if female else "13579")
    body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sexd}"
    chk = (10 - sum(int(c) * w for c, w in zip(body, PESEL_W)) % 10) % 10
    return body + str(chk)


def pesel_ok(s):
    return len(s) == 11 and (10 - sum(int(c) * w for c, w in zip(s[:10], PESEL_W)) % 10) % 10 == int(s[10])


PL_ID_W = [7, 3, 1, 9, 7, 3, 1, 7, 3]


def pl_id_card(rng):
    """Polish ID card (dowód osobisty): 3 letters, check digit, 5 digits; sum(values*7,3,1,9,7,3,1,7,3) % 10 == 0."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = "".join(rng.choice("0123456789") for _ in range(5))
    part = sum(icao_value(c) * w for c, w in zip(letters, PL_ID_W[:3])) + \
        sum(int(c) * w for c, w in zip(tail, PL_ID_W[4:]))
    return f"{letters}{part % 10}{tail}"


def pl_id_ok(s):
    return sum(icao_value(c) * w for c, w in zip(s, PL_ID_W)) % 10 == 0


NIP_W = [6, 5, 7, 2, 3, 4, 5, 6, 7]


def nip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        chk = sum(int(c) * w for c, w in zip(body, NIP_W)) % 11
        if chk != 10:
            return body + str(chk)


def nip_ok(s):
    return sum(int(c) * w for c, w in zip(s[:9], NIP_W)) % 11 == int(s[9])


# --- Ukraine: RNOKPP (individual taxpayer number) ---------------------------
UA_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7]


def rnokpp(rng, y, m, d, female):
    days = (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days
    serial = "".join(rng.choice("0123456789") for _ in range(3))
    sexd = rng.choice("02468" if female else "13579")
    body = f"{days:05d}{serial}{sexd}"
    chk = sum(int(c) * w for c, w in zip(body, UA_W)) % 11 % 10
    return body + str(chk)


def rnokpp_ok(s):
    return len(s) == 10 and sum(int(c) * w for c, w in zip(s[:9], UA_W)) % 11 % 10 == int(s[9])


# --- Sweden: personnummer (Luhn over the 9 digits YYMMDDNNN) -----------------
def se_pnr(rng, yymmdd, female):
    n = "".join(rng.choice("0123456789") for _ in range(2)) + rng.choice("02468" if female else "13579")
    body = yymmdd + n
    for c in "0123456789":
        if luhn_ok(body + c):
            return f"{yymmdd}-{n}{c}"


def se_pnr_ok(s):
    return luhn_ok(s.replace("-", "").replace("+", "")[-10:])


# --- Denmark: CPR (classic modulus-11, weights 4,3,2,7,6,5,4,3,2,1) and VAT (CVR, weights 2,7,6,5,4,3,2,1) ---
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def dk_cpr(rng, ddmmyy, female):
    while True:
        s = ddmmyy + "".join(rng.choice("0123456789") for _ in range(3))
        for c in ("02468" if female else "13579"):
            if sum(int(x) * w for x, w in zip(s + c, CPR_W)) % 11 == 0:
                return f"{ddmmyy}-{s[6:]}{c}"


def dk_cpr_ok(s):
    s = s.replace("-", "")
    return sum(int(x) * w for x, w in zip(s, CPR_W)) % 11 == 0


CVR_W = [2, 7, 6, 5, 4, 3, 2, 1]


def dk_cvr(rng):
    while True:
        s = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(7))
        if sum(int(x) * w for x, w in zip(s, CVR_W)) % 11 == 0:
            return s


def dk_cvr_ok(s):
    return sum(int(x) * w for x, w in zip(s, CVR_W)) % 11 == 0
