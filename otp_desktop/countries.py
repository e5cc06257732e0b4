"""Countries for the phone field's picker: names, dial codes, search and
the region to start on. Qt-free: country names come from a callable the UI
passes in (Qt's locale data has them); without one the ISO code stands in.
The dial codes come from a table generated from phonenumbers
(dial_codes.py), so the first frame shows its country without loading it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from otp_desktop.dial_codes import DIAL_CODES

REGION_DIAL_CODES = {region: code for code, regions in DIAL_CODES.items() for region in regions}


@dataclass(frozen=True, slots=True)
class Country:
    region: str
    """ISO 3166 alpha-2 code, as phonenumbers spells it."""
    dial_code: int
    name: str

    @property
    def calling_code(self) -> str:
        return f"+{self.dial_code}"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.calling_code})"


def country(region: str, name_for: Callable[[str], str] | None = None) -> Country | None:
    """One region's entry; None for a region phonenumbers does not know."""
    dial_code = REGION_DIAL_CODES.get(region)
    if dial_code is None:
        return None
    return Country(region, dial_code, (name_for(region) if name_for else "") or region)


def countries(name_for: Callable[[str], str] | None = None) -> list[Country]:
    """Every region phonenumbers knows, sorted by name."""
    found = [country(region, name_for) for region in REGION_DIAL_CODES]
    return sorted(filter(None, found), key=lambda c: (c.name.casefold(), c.region))


def search_countries(all_countries: Iterable[Country], query: str) -> list[Country]:
    """Countries matching a name, ISO code or dial code, best match first.

    "ind" and "India" find India by name, "IN" by ISO code, "+91" and "91"
    by dial code.
    """
    q = query.strip().casefold()
    if not q:
        return list(all_countries)
    digits = q.lstrip("+")
    ranked: list[tuple[int, Country]] = []
    for country in all_countries:
        name = country.name.casefold()
        if digits.isdigit():
            dial = str(country.dial_code)
            if dial == digits:
                # +44 is shared by GB, GG, IM and JE: the main region first.
                main = DIAL_CODES[country.dial_code][0]
                rank = 0 if main == country.region else 1
            else:
                rank = 2 if dial.startswith(digits) else -1
        elif q == country.region.casefold():
            rank = 0
        elif name.startswith(q):
            rank = 1
        elif any(word.startswith(q) for word in re.split(r"[\s\-(),.'&]+", name)):
            rank = 2
        elif q in name:
            rank = 3
        else:
            rank = -1
        if rank >= 0:
            ranked.append((rank, country))
    ranked.sort(key=lambda rc: rc[0])  # stable: keeps the name order within a rank
    return [c for _, c in ranked]


def default_region(last_used: str | None, locale_region: str | None) -> str:
    for candidate in (last_used, locale_region):
        if candidate and candidate.upper() in REGION_DIAL_CODES:
            return candidate.upper()
    return "IN"  # the documented examples are Indian numbers
