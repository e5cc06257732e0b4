"""Countries for the phone field's picker: names, dial codes, search and
the region to start on. Qt-free: country names come from a callable the UI
passes in (Qt's locale data has them); without one the ISO code stands in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers


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


def countries(name_for: Callable[[str], str] | None = None) -> list[Country]:
    """Every region phonenumbers knows, sorted by name."""
    found = []
    # From the code-to-region table: asking per region would load all 245
    # metadata modules (~120 ms) before the first paint.
    for dial_code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            if region in phonenumbers.SUPPORTED_REGIONS:
                name = (name_for(region) if name_for else "") or region
                found.append(Country(region, dial_code, name))
    return sorted(found, key=lambda c: (c.name.casefold(), c.region))


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
                main = phonenumbers.region_code_for_country_code(country.dial_code)
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
        if candidate and candidate.upper() in phonenumbers.SUPPORTED_REGIONS:
            return candidate.upper()
    return "IN"  # the documented examples are Indian numbers
