"""The numbering data of callplan, made from and proven against one libphonenumber release.

    nanp.py generate                         print src/numbers/nanp_table.rs
    nanp.py check TABLE CLASSIFIER           prove TABLE and the library's reader (CLASSIFIER:
                                             target/release/examples/classify_lines) against
                                             the installed release
    nanp.py fixture                          print tests/fixtures/writings.jsonl: the release's
                                             reading of the edge cases of every reader rule

The oracle is the PyPI package `phonenumbers` at the version in requirements.lock. Every
thousands-block NPA-NXX-X gets a cell: invalid, or its kind (geographic, toll_free or
not_geographic) and its region (`US`, `CA`, `JM`, `PR`, … as libphonenumber gives it). The
library's class follows from the cell: invalid, not_us (a valid +1 number of another
region), toll_free, not_geographic (a valid US number of another type) or us_geographic. An
exchange is sampled at three lines and split into its ten thousands-blocks where they
disagree; a block whose own samples disagree stops the run.

`check` regenerates the table and compares it byte for byte with TABLE, classifies every
sampled number with the library (through CLASSIFIER, one writing per line on its standard
input) and compares class and region, then does the same for writings people paste: common
US forms, tel: URIs, extensions and keypad letters, read with region US as libphonenumber
reads them.
"""

import multiprocessing
import random
import subprocess
import sys

import phonenumbers
from phonenumbers import PhoneNumberType

EXCHANGE_SAMPLES = ("0000", "5555", "9999")
BLOCK_SAMPLES = ("000", "555", "999")
GEOGRAPHIC = {PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
KIND_NAMES = {"invalid": "Invalid", "geographic": "Geographic", "toll_free": "TollFree", "not_geographic": "NotGeographic"}
INVALID = ("invalid", None)


def cell_of_number(number):
    """The (kind, region) of a parsed number; INVALID when it is not a valid number."""
    if number is None or not phonenumbers.is_valid_number(number):
        return INVALID
    region = phonenumbers.region_code_for_number(number)
    if number.country_code != 1:
        return ("geographic", region)
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.TOLL_FREE:
        return ("toll_free", region)
    return ("geographic" if kind in GEOGRAPHIC else "not_geographic", region)


def class_of_cell(cell):
    """The class the library gives a number of this cell (the seed's US view)."""
    kind, region = cell
    if kind == "invalid":
        return "invalid"
    if region != "US":
        return "not_us"
    return {"geographic": "us_geographic", "toll_free": "toll_free", "not_geographic": "not_geographic"}[kind]


def nanp_cell(national):
    """The cell of a ten-digit NANP national number."""
    try:
        return cell_of_number(phonenumbers.parse("+1" + national, None))
    except phonenumbers.NumberParseException:
        return INVALID


def common_cell(prefix, endings):
    cells = {nanp_cell(prefix + ending) for ending in endings}
    return cells.pop() if len(cells) == 1 else None


def classify_exchange(exchange):
    """[(thousands-block, cell)] for one exchange: one entry, or ten when it splits."""
    prefix = str(exchange)
    whole = common_cell(prefix, EXCHANGE_SAMPLES)
    if whole is not None:
        return [(exchange * 10, whole)]
    blocks = []
    for block in range(exchange * 10, exchange * 10 + 10):
        cell = common_cell(str(block), BLOCK_SAMPLES)
        if cell is None:
            sys.exit(f"class of block {block} depends on the last three digits")
        blocks.append((block, cell))
    return blocks


def classify_all():
    with multiprocessing.Pool() as pool:
        per_exchange = pool.map(classify_exchange, range(200_000, 1_000_000), chunksize=2000)
    return [entry for entries in per_exchange for entry in entries]


def runs(blocks):
    merged = []
    for block, cell in blocks:
        if not merged or merged[-1][1] != cell:
            merged.append((block, cell))
    return merged


FIRST_NPA, LAST_NPA, BLOCKS_PER_NPA = 200, 999, 10_000


def runs_by_area_code(merged):
    """[[(first block of the run within the area code, cell)]] for each area code from
    FIRST_NPA to LAST_NPA: the runs cut at every area code, so each list begins at 0."""
    by_area_code = []
    covering = 0
    for npa in range(FIRST_NPA, LAST_NPA + 1):
        first, end = npa * BLOCKS_PER_NPA, (npa + 1) * BLOCKS_PER_NPA
        while covering + 1 < len(merged) and merged[covering + 1][0] <= first:
            covering += 1
        runs_here = [(0, merged[covering][1])]
        later = covering + 1
        while later < len(merged) and merged[later][0] < end:
            runs_here.append((merged[later][0] - first, merged[later][1]))
            later += 1
        by_area_code.append(runs_here)
    return by_area_code


def table_text(blocks):
    version = phonenumbers.__version__
    codes = sorted(int(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    by_area_code = runs_by_area_code(runs(blocks))
    regions = sorted({region for _, (_, region) in blocks if region is not None}, key=lambda region: (region != "US", region))
    first_runs = [0]
    for runs_here in by_area_code:
        first_runs.append(first_runs[-1] + len(runs_here))
    lines = [
        "//! Generated by `python3 scripts/numbering/nanp.py generate`; do not edit.",
        f"//! Source: libphonenumber metadata {version} (the PyPI package `phonenumbers`).",
        "",
        "use super::Kind::{self, *};",
        "",
        "/// The libphonenumber release the table was made from.",
        f'pub(super) const DATA_VERSION: &str = "{version}";',
        "",
        "/// The regions of +1 numbers as libphonenumber names them, two letters each; a run's",
        "/// region is an index into this text (0, `US`, for an invalid run, whose region means",
        "/// nothing).",
        f'pub(super) const NANP_REGIONS: &str = "{"".join(regions)}";',
        "",
        f"/// The first area code (NPA) of the table; `FIRST_RUN` has one entry per area code",
        f"/// from here to {LAST_NPA}, and one more.",
        f"pub(super) const FIRST_NPA: u32 = {FIRST_NPA};",
        "",
        "/// Runs of thousands-blocks (NXX-X, four digits) of equal kind and region, area code",
        "/// after area code: `(first block of the run within its area code, kind, region index)`;",
        "/// each area code's runs begin at block 0.",
        f"pub(super) const NANP_RUNS: [(u16, Kind, u8); {first_runs[-1]}] = [",
    ]
    lines += [f"    ({start}, {KIND_NAMES[kind]}, {0 if region is None else regions.index(region)}),"
              for runs_here in by_area_code for start, (kind, region) in runs_here]
    lines += ["];", "", "/// For each area code from `FIRST_NPA`, the index of its first run in `NANP_RUNS`; the"]
    lines += ["/// next entry is where its runs end."]
    lines.append(f"pub(super) const FIRST_RUN: [u16; {len(first_runs)}] = [")
    for start in range(0, len(first_runs), 16):
        lines.append("    " + ", ".join(str(index) for index in first_runs[start:start + 16]) + ",")
    lines += ["];", "", "/// Every assigned country calling code, ascending."]
    lines.append(f"pub(super) const CALLING_CODES: [u16; {len(codes)}] = [")
    for start in range(0, len(codes), 16):
        lines.append("    " + ", ".join(str(code) for code in codes[start:start + 16]) + ",")
    lines += ["];", "", "/// The main region of each calling code of `CALLING_CODES`, in the same order, as"]
    lines += ["/// libphonenumber names it (`001` for a code of no country, such as +800): three"]
    lines += ["/// characters each, a two-letter region followed by a blank."]
    main_regions = [phonenumbers.region_code_for_country_code(code).ljust(3) for code in codes]
    lines.append("pub(super) const CALLING_CODE_REGIONS: &str = concat!(")
    for start in range(0, len(main_regions), 20):
        lines.append(f'    "{"".join(main_regions[start:start + 20])}",')
    lines.append(");")
    return "\n".join(lines) + "\n"


def sampled_numbers(blocks):
    """Every number the table was decided on, with its cell."""
    split = {block // 10 for block, _ in blocks if block % 10 != 0}
    numbers = []
    for block, cell in blocks:
        exchange = block // 10
        if exchange in split:
            numbers += [(f"{block}{end}", cell) for end in BLOCK_SAMPLES]
        else:
            numbers += [(f"{exchange}{line}", cell) for line in EXCHANGE_SAMPLES]
    return numbers


def ours(classifier, writings):
    """The library's (class, region, e164, extension) for each writing."""
    text = "".join(writing + "\n" for writing in writings)
    done = subprocess.run([classifier], input=text, capture_output=True, text=True, check=True)
    answers = [line.split("\t") for line in done.stdout.splitlines()]
    if len(answers) != len(writings):
        sys.exit(f"the classifier answered {len(answers)} of {len(writings)} writings")
    return [comparable(class_, region or None, e164 or None, extension or None)
            for class_, region, e164, extension in answers]


def comparable(class_, region, e164, extension):
    """What is compared: an invalid number has no region, E.164 writing nor extension that counts."""
    return ("invalid", None, None, None) if class_ == "invalid" else (class_, region, e164, extension)


KEYPAD = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}


def writings_of(national, rng):
    """Ways people write one national number: plain, tel:, with extensions, with letters."""
    a, b, c = national[:3], national[3:6], national[6:]
    extension = str(rng.randint(1, 99999))
    forms = [
        f"+1{national}", f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", national,
        f"tel:+1-{a}-{b}-{c}", f"TEL:+1{national}", f"tel:+1-{a}-{b}-{c};ext={extension}",
        f"tel:{a}-{b}-{c};phone-context=+1", f"tel:+1-{a}-{b}-{c};isub=12",
        f"({a}) {b}-{c} x{extension}", f"({a}) {b}-{c} x {extension}", f"{a}-{b}-{c} ext {extension}",
        f"{a}-{b}-{c} ext. {extension}", f"{a}-{b}-{c}, ext. {extension}", f"{a}-{b}-{c} extension {extension}",
        f"{a}-{b}-{c} EXT{extension}", f"{a}-{b}-{c}#{extension}", f"{a}-{b}-{c} #{extension}",
        f"{a}-{b}-{c};ext={extension}", f"+1 {a} {b} {c} x{extension}",
    ]
    letters = "".join(rng.choice(KEYPAD[digit]) if digit in KEYPAD else digit for digit in b + c)
    if sum(ch.isalpha() for ch in letters) >= 3:
        forms += [f"1-{a}-{letters}", f"{a}-{letters.lower()}", f"+1 {a} {letters} x{extension}"]
    return forms


def theirs(writing):
    """libphonenumber's (class, region, e164, extension) for a writing read with region US."""
    try:
        number = phonenumbers.parse(writing, "US")
    except phonenumbers.NumberParseException:
        return ("invalid", None, None, None)
    cell = cell_of_number(number)
    if cell == INVALID:
        return ("invalid", None, None, None)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return (class_of_cell(cell), cell[1], e164, number.extension or None)


def compare(label, writings, expected, classifier):
    got = ours(classifier, writings)
    wrong = [(w, e, g) for w, e, g in zip(writings, expected, got) if e != g]
    for writing, want, have in wrong[:20]:
        print(f"  {writing!r}: libphonenumber {want}, callplan {have}")
    print(f"{label}: {len(writings)} numbers, {len(wrong)} disagreements")
    return not wrong


def check(table_path, classifier):
    blocks = classify_all()
    with open(table_path, encoding="utf-8") as committed:
        same_table = committed.read() == table_text(blocks)
    print(f"{table_path} {'is' if same_table else 'is NOT'} what release {phonenumbers.__version__} makes")
    numbers = sampled_numbers(blocks)
    writings = [f"+1{national}" for national, _ in numbers]
    expected = [comparable(class_of_cell(cell), cell[1], f"+1{national}", None) for national, cell in numbers]
    exhaustive = compare("every NPA-NXX (and thousands-block where the data splits): class and region",
                         writings, expected, classifier)
    rng = random.Random(9043)
    by_class = {}
    for national, cell in numbers:
        by_class.setdefault(cell, []).append(national)
    # 300 numbers of each kind in the served countries' regions, 40 of each elsewhere.
    chosen = [national for cell, nationals in by_class.items()
              for national in rng.sample(nationals, min(300 if cell[1] in ("US", "CA") else 40, len(nationals)))]
    pasted = [writing for national in chosen for writing in writings_of(national, rng)]
    differential = compare("writings people paste", pasted, [theirs(w) for w in pasted], classifier)
    return same_table and exhaustive and differential


# Writings at the edge of each rule of the reader (src/numbers/writing.rs): blanks and
# invisible characters around a number, digit counts, tel: URI parameters, extensions after
# a word, a sign, `;ext=` or before `#`, and keypad letters. The fixture holds
# libphonenumber's reading of each, so `cargo test` holds the reader to it without Python.
# Numbers of other countries appear only where the policy (an E.164-possible length, no
# validity check inside the country) and libphonenumber agree.
EDGE_WRITINGS = [
    " +44 20 7946 0958", "\u200b+1 415 555 2671\u200b", "\ufeff415 555 2671", "+1 415 555 2671\u00a0",
    "\t(415) 555-2671\n", "+1 415 555 2671 0000000000", "011 44 20 7946 0958", "011 44 20 7946 0958 1234",
    "+44 20 7946 0958 12345678", "+44 2079460958123456", "011 4420794609581234567", "4155552671123456789",
    "tel:+1-415-555-2671", "tel:415-555-2671;phone-context=+1", "tel:415-555-2671;phone-context=example.com",
    "tel:+1-415-555-2671;phone-context=+44", "tel:20-7946-0958;phone-context=+44", "tel:+1-415-555-2671;isub=12",
    "tel:+1-415-555-2671;isub=12;ext=5", "tel:+1-415-555-2671;ext=5;isub=12", "tel:+1-415-555-2671;foo=bar",
    "tel:+1-415-555-2671;ext", "tel:+1-415-555-2671;EXT=77", "tel:+1-415-555-2671;ext=12345678901234567890",
    "tel:+1-415-555-2671;ext=123456789012345678901", "tel: +1-415-555-2671", "tel:+1-415-555-2671 ",
    "415 555 2671 12#", "415-555-2671-12#", "415 555 267112#", "415 555 2671 1234567#", "415 555 2671 123456#",
    "415 555 2671#", "415 555 2671 #", "415 555 2671 x", "415 555 2671 x1234567890", "415 555 2671 x123456789",
    "415 555 2671 ext 12345678901234567890", "415 555 2671 ext 123456789012345678901", "415 555 2671;ext=",
    "415 555 2671;ext=12", "415 555 2671 ext.: 12", "415 555 2671, x 12", "415 555 2671 xtn 12", "415 555 2671 xt 12",
    "415 555 2671 extn 12", "415 555 2671 EXTENSION 12", "415 555 2671 \uff58 12", "415 555 2671 \uff03 12",
    "415 555 2671 ext 12 ", "415 555 2671 ext 1a", "+1 415 555 2671 x 12", "1-800-FLOWERS", "1-800-FL", "1-800-FLO",
    "800 ab 55 2671", "+1 415 CALL NOW", "415-555-abcd x12", "1 1 415 555 2671", "+1 1 415 555 2671", "1 1 1 415 555 2671",
    "\uff11-800-FLOWERS", "1\u00a0800\u00a0FLOWERS", "+1 415 ABC DEFG", "+1 415 abc defg",
    "\u00a0415 555 2671 ext 12", "+44 123", "+44 20 7946 0958 1234", "+0 415 555 2671",
    "+999 1234 5678", "+1 415 555 267", "+1 415 555 26712",
]


def fixture():
    """The fixture: a header naming the release, then [writing, class, e164, extension]."""
    import json
    lines = [json.dumps({"libphonenumber": phonenumbers.__version__})]
    rng = random.Random(9043)
    nationals = ["4155552671", "2125550000", "8005550100", "4165550100", "9005550100", "2015550123"]
    writings = EDGE_WRITINGS + [w for national in nationals for w in writings_of(national, rng)]
    for writing in writings:
        class_, _, e164, extension = theirs(writing)
        lines.append(json.dumps([writing, class_, e164, extension], ensure_ascii=True))
    return "".join(line + "\n" for line in lines)


def main():
    if sys.argv[1:2] == ["generate"]:
        sys.stdout.write(table_text(classify_all()))
    elif sys.argv[1:2] == ["fixture"]:
        sys.stdout.write(fixture())
    elif sys.argv[1:2] == ["check"] and len(sys.argv) == 4:
        sys.exit(0 if check(sys.argv[2], sys.argv[3]) else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
