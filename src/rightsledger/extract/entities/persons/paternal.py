"""Spanish names told short by the first family name (issue 14, t-ents7): a full name of given
names, a father's and a mother's family name ("Dina Ercilia Boluarte Zegarra", "José Pedro
Castillo Terrones", "Edmundo Moncayo Juaneda") is written again as one given name and the
father's name ("Dina Boluarte", "Pedro Castillo", "Edmundo Moncayo"; 2022 Peru and 2019 Ecuador
dev). The last word of the short form is then the full name's last but one, not its last, so the
surname rule of ``linking._find_variant`` misses it."""
from __future__ import annotations


def paternal_short(short: list[str], full: list[str]) -> bool:
    """Is ``short`` (two words) a given name of ``full`` (three or four words) with its last but
    one word? With three words the given name must be the first ("Edmundo Moncayo" of "Edmundo
    Moncayo Juaneda", not "Moncayo Juaneda")."""
    if len(short) != 2 or len(full) not in (3, 4) or short[1] != full[-2]:
        return False
    given = full[:-2]
    return short[0] == full[0] if len(full) == 3 else short[0] in given
