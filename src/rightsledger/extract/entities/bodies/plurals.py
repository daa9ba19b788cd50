"""Several bodies named at once under a plural head (issue 14, t-ents5): "the Ministries of
Education, Gender, and Health", "the Ministries of Public Service and Finance" name three and two
ministries, none of them by its own name, so the phrase is no body (the dev gold records none;
read on 2017 Togo and 2021 Laos, and on 2016 Uganda and 2020 Uzbekistan without gold). The heads
are data (``plural_list_heads``)."""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import PLURAL_LIST_HEADS


def several_bodies(c: Cand) -> bool:
    """Is ``c`` a plural head, "of", then several portfolios joined by "and" or commas?"""
    words = c.text.split()
    return len(words) >= 4 and words[0].lower() in PLURAL_LIST_HEADS and words[1] == "of" \
        and re.search(r"\band\b|,", c.text) is not None
