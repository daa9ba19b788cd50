"""The frames by which a sentence states a legal rule (``provisions._frames`` reads them).

Each frame is a pattern, its words in ``data/provisions.toml``: the *law frame* (an instrument
followed closely by a rule verb), the *penalty frame* ("is punishable by", "carries a penalty of"),
the *legal adverbial* ("by law", "under the criminal code"), *modal* and *past-duty* frames with a
*limit cue*, *maximum penalty*, *modal period*, a law *adopted* on a date, a minimum wage *set* by
an authority, a passive limit (*limited to*), a time allowed (*have deadline*), working time told with a copula
(*working time*: "the workweek is 40 hours"). ``EVENT_FRAME``
is the opposite: the narration of what happened ("was sentenced to"), which vetoes most frames.
Split from ``provisions.py`` (tidy15) so that the module that decides stays readable.
"""
from __future__ import annotations

import re

from ..lexicons import alternation, lexicon

_L = lexicon("provisions")
INSTRUMENT = alternation(_L["instruments"])
_RULE_VERB = (r"(?:provides?|provided|prohibits?|prohibited|forbids?|forbade|bans?|banned|"
              r"requires?|required|allows?|allowed|permits?|permitted|stipulates?|stipulated|"
              r"mandates?|mandated|sets?|establishes|established|limits?|limited|restricts?|"
              r"restricted|entitles?|entitled|specif(?:y|ies|ied)|imposes?|imposed|"
              r"penalizes?|penalized|criminalizes?|criminalized|punishes|punished|oblig(?:e|es|ed)|"
              r"obligates?|obligated|grants?|granted|guarantees?|guaranteed|caps?|capped|"
              r"prescribes?|prescribed|fix(?:es|ed)|call(?:s|ed)?\s+for|defines?|defined|"
              r"makes?|made|mandate|precludes?|precluded|proscribes?|proscribed|institutes?|instituted|"
              r"gives?|gave|dictates?|dictated|reserves?|reserved|"  # "The law gives the government six months to …"
              rf"{alternation(_L['rule_verb_forms'])})")
_NAME_HEAD = rf"(?!\s+{alternation(_L['instrument_name_heads'])}\b)"  # "Law School", "law enforcement"
# "The code states (that) …" first: in "The law also stated gatherings of four or more persons required
# police authorization" the law states the rule, whatever the verb after it
LAW_FRAME = re.compile(rf"\b{INSTRUMENT}\s+(?:[\w-]+\s+){{0,3}}?(?:states?|stated|says|said)\b(?!\s+(?:in|on|at|by)\b)|"
                       rf"\b{INSTRUMENT}\b{_NAME_HEAD}[^.;:]{{0,160}}?\b{_RULE_VERB}\b|"
                       rf"^(?:It|They)\s+(?:also\s+)?{_RULE_VERB}\b", re.I)
# the instrument as agent: "minimum wages established by a 1988 decree of 160 francs per day"
AGENT_LAW = re.compile(r"(?<!\bnot\s)\b(?:established|set|fixed|prescribed|stipulated|mandated|imposed|guaranteed)\s+"
                       rf"by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{INSTRUMENT}\b", re.I)
PENALTY_FRAME = re.compile(
    rf"\bpenalt(?:y|ies)\s+{alternation(_L['penalty_changes'])}\b|"  # "The penalty doubles when …"
    r"\b(?:sentences?|punishments?|fines?|terms?)\s+ranging\s+(?:from|between)\b|"
    r"\bpunishable\b|\bcarr(?:y|ies|ied)\s+(?:an?\s+)?(?:(?!out\b)[a-z]+\s+){0,2}?"  # "may carry moderate fines"
    r"(?:penalt|sentence|prison|fine|jail|term)|\bpenalt(?:y|ies)\s+(?:for|of|include|includes|"
    r"range|ranging)\b|\bfac(?:e|es|ed|ing)\s+(?:an?\s+)?(?:(?:heavy|substantial|large|stiff|lengthy|long)\s+)?"
    r"(?:fines?|penalt|imprisonment|prison|jail|up\s+to)|"
    r"\bfines?\s+of\s+up\s+to\b|"
    r"\b(?:leads?\s+to|results?\s+in|entails?)\s+(?:an?\s+)?(?:\w+\s+)?(?:fines?|imprisonment|prison|jail|penalt|"
    r"(?:administrative\s+)?arrest)|"  # "Violation of the law leads to a fine of …"
    r"\b(?:is|are)\s+subject\s+to\s+(?:an?\s+)?(?:[\w$(),.-]+\s+){0,4}?(?:fines?|penalt|imprisonment)|"
    rf"\b{alternation(_L['penalty_heads'])}", re.I)
LEGAL_ADVERBIAL = re.compile(
    r"\bby\s+law\b|"
    r"\bunder\s+(?:the\s+)?(?:\w+\s+){0,3}(?:laws?|codes?|constitution|decrees?|legislation|"
    r"regulations?|acts?|statutes?|ordinances?|legal\s+system)\b|"
    r"\blegally\s+(?:required|obliged|obligated|bound|entitled|permitted|allowed|mandated|"
    r"prohibited)\b|\b(?:may|can|could)\s+(?:\w+\s+){0,4}legally\b|"
    r"\b(?:statutory|legal)\s+(?:minimum|maximum|limit|period|(?:\w+\s+)?age|requirement|obligation)|"
    r"\bminimum\s+(?:\w+\s+)?age\b|\b(?:standard|regular|normal|legal|official|statutory|maximum)\s+(?:work\s*week|"
    r"working\s+week|work\s*day|working\s+day|working\s+hours|hours\s+of\s+work)\b|"
    r"\bin\s+accordance\s+with\s+(?:the\s+)?law\b|"
    rf"\b{alternation(_L['legal_notions'])}\b|"
    rf"\bthere\s+(?:is|are)\s+(?:an?\s+)?(?:legal\s+|statutory\s+|constitutional\s+)?"  # "there is a prohibition on"
    rf"{alternation(_L['existential_rule_nouns'])}\s+(?:on|against|that|for)\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:law|code|constitution)\b", re.I)
# a schedule of penalties by offense: "fines of 100,000 to 300,000 francs for a first offense, and
# … or six to 10 days in prison for a subsequent offense" (the amounts come before the cue)
OFFENSE_FRAME = re.compile(r"\bfor\s+(?:an?\s+|the\s+|each\s+)?(?:initial|first|second|third|subsequent|"
                           r"repeat(?:ed)?)\s+(?:offen[cs]es?|violations?|infractions?)\b", re.I)
# a law adopted on a date, with the rule's quantity in its object: "On October 8, the Diet enacted a
# law permitting victims to receive 15 million yen", "authorities announced a national ban on FGM
# for three years" (durations, amounts, percentages and ages within 160 characters after it; not counts)
ADOPTED = re.compile(r"\b(?:enacted|adopted|passed|approved|signed|promulgated|announced|issued)\s+(?:(?:an?|the)\s+)?"
                     r"(?:[\w/-]+\s+){0,3}?(?:laws?|decrees?|bans?|moratori(?:um|a)|ordinances?|legislation|regulations)\b",
                     re.I)  # "signed legislation in December to change the minimum age …", "issued new … regulations"
# a minimum wage an authority sets or raises is a threshold (docs/EVALUATION.md, "Minimum wage, penalties
# without a number"): "The government introduced a minimum wage of 9,000 rupees", "the minimum wage was
# increased to 10,781 rupees"; a stated minimum wage stays a figure (only money amounts after it; "the
# 2009 government-established minimum wage of 1,680 francs" states it)
_WAGE_VERB = alternation(_L["wage_setting_verbs"])
_WAGE_AUTHORITY = alternation([*_L["ruling_subjects"], *_L["wage_authorities"], *_L["instruments"]])
# a body named by its acronym, the labor ministry or a wage board ("MAPESS raised the minimum wage"): an
# upper-case word of three or more letters, case-sensitive inside the case-blind pattern (round t-prov13)
_ACRONYM = r"(?-i:\b[A-Z]{3,}\b)"
WAGE_SET = re.compile(rf"(?:\b{_WAGE_AUTHORITY}\b|{_ACRONYM})[^.;]{{0,60}}?(?<!\bto\s)(?<!-)\b{_WAGE_VERB}\s+"
                      r"(?:[\w’'-]+\s+){0,8}?minimum\s+(?:\w+\s+){0,2}?wages?\b|"
                      r"\bminimum\s+wages?\b[^.;]{0,60}?\b(?:was|were|is|are|ha[sd]\s+been)\s+(?:\w+\s+)?"
                      rf"{_WAGE_VERB}\s+(?:by\s+[^.;]{{0,40}}?\s+)?(?:from\s+[^.;]{{1,60}}?\s+)?(?:to|at)\b", re.I)
MAX_PENALTY = re.compile(  # "up to 15 days’ administrative arrest": a legal maximum even in narrative
    r"\b(?:up\s+to|a\s+maximum\s+(?:of\s+)?)\s*\S+(?:\s+\S+)?\s+(?:years?|months?|days?)['’]?\s+(?:of\s+)?(?:imprisonment|"
    r"administrative\s+(?:arrest|detention)|in\s+prison|jail|detention)", re.I)
MODAL = re.compile(
    r"\b(?:must|shall|should|may\s+be\s+(?:extended|held|detained|prolonged|renewed|fined|"
    r"sentenced|imprisoned|punished)|may\s+not|cannot|can\s+not|(?:is|are)\s+(?:not\s+)?(?:required|obliged|"
    r"obligated|entitled|permitted|allowed|prohibited|forbidden)\s+to|(?:is|are)\s+entitled)\b|"
    rf"\b(?:is|are|was|were)\s+(?:[\w-]+,?\s+){{0,3}}?{alternation(_L['obligation_adjectives'])}\b|"
    r"\b(?:was|were)\s+(?:not\s+)?(?:legally\s+)?(?:required|obliged|obligated|entitled|prohibited|forbidden|"
    r"permitted|allowed)\s+to\b|\b(?:has|have|had)\s+(?:the\s+right\s+)?to\b|"
    r"\bcould\s+(?:not\s+|only\s+)?(?:be\s+)?(?:extended|held|detained|prolonged|renewed|exceed|detain|hold)\b|"
    r"\b(?:can|may)\s+(?:only\s+)?be\s+(?:derived|acquired|obtained|granted|transmitted|extended|renewed)\b|"
    r"\b(?:is|are|was|were)\s+entitled\s+to\b", re.I)
_PERIOD_QUALIFIER = (r"(?:up\s+to\s+|a\s+total\s+of\s+|as\s+long\s+as\s+|a\s+maximum\s+of\s+|(?:no\s+)?(?:more|longer)\s+than\s+|"
                     r"an\s+additional\s+|a\s+further\s+|another\s+)?")
MODAL_PERIOD = re.compile(r"\b(?:may|can)\s+(?:only\s+)?be\s+(?:held|detained|kept|extended|prolonged|renewed)\s+"
                          # "may be held without access to counsel for 48 hours"
                          rf"(?:\w+\s+){{0,5}}?for\s+{_PERIOD_QUALIFIER}\S+\s+(?:hours?|days?|weeks?|months?|years?)\b|"
                          # "pretrial detention may last six months"
                          rf"\b(?:may|can)\s+(?:only\s+|not\s+)?last\s+(?:for\s+)?{_PERIOD_QUALIFIER}\S+\s+"
                          r"(?:hours?|days?|weeks?|months?|years?)\b|"
                          # the active voice: "Police may hold a suspect for 72 hours", "may extend custody
                          # twice, each time for three days", "may detain persons … for as long as 12 months"
                          # (negated: "Police may not detain a suspect for more than six hours"; other measures
                          # of a fixed length: "may suspend the activities of an association for three months",
                          # "can extend the period … to as long as six months")
                          # a request for it: "police may request to detain persons … for 28-day periods",
                          # "investigators may request a prosecutor double this period to 96 hours"
                          r"\b(?:may|can)\s+(?:not\s+|only\s+|legally\s+)?(?:request\s+(?:that\s+)?(?:(?:an?|the)\s+)?"
                          r"(?:\w+\s+)?(?:to\s+)?)?(?:hold|detain|keep|extend|prolong|renew|double|triple|"
                          r"order\s+(?:\w+\s+){1,3}?(?:detained|held|kept|confined)|"  # "may order a person detained for 30 days"
                          r"suspend|dissolve|close)\s+"
                          rf"(?:[\w,’'-]+\s+){{0,6}}?(?:for|by|up\s+to|to)\s+{_PERIOD_QUALIFIER}"  # "may extend it by an additional 4 days"
                          r"(?:\S+\s+|\S+?-)(?:hours?|days?|weeks?|months?|years?)\b|"
                          # an extension of a fixed length: "The prosecution may request an additional six-month
                          # extension", "could request an additional six-month extension" (the 2024 past tense)
                          r"\b(?:may|can|could)\s+(?:only\s+)?(?:request|grant|seek|order|approve|authorize)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:\S+\s+|\S+?-)(?:hours?|days?|weeks?|months?|years?)\s+(?:extensions?|renewals?)\b",
                          re.I)
PAST_DUTY = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?(?:supposed\s+to|to\s+(?:be|exceed|last|work)\b)", re.I)
LIMIT_CUE = re.compile(
    r"\b(?:within|no\s+later\s+than|(?:not\s+(?:to\s+)?)?exceed(?:ing)?|(?:no|not)\s+more\s+than|up\s+to|notice|"
    r"notification|(?:more|longer)\s+than\s+\S+\s+hours?\s+(?:a|per|each)\s+(?:day|week)|"  # "… more than 12 hours a day"
    r"equal\s+to\s+or\s+(?:exceeding|greater|more|above)|"
    r"at\s+least|at\s+most|no\s+longer\s+than|extended\s+to|maximum|minimum|prior\s+to|in\s+advance|renewable|"
    r"(?:renewed|extended|prolonged)\s+(?:once|twice|(?:for|by)\s+(?:a\s+further|another|an\s+additional|\S+\s+(?:hours?|days?|weeks?|months?)))|"
    r"for\s+(?:a\s+further|an\s+additional)|each\s+time|every(?=\s+\S+\s+(?:years?|months?|weeks?|days?)\b)|"
    rf"{alternation(_L['threshold_cues'])}|{alternation(_L['duty_cues'])})\b", re.I)
EVENT_FRAME = re.compile(
    r"\b(?<!before\s)(?<!without\s)(?<!after\s)(?<!of\s)(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+"
    r"(?:\w+\s+)?(?:sentenced|fined|"
    r"convicted|detained|jailed|imprisoned|arrested|held|released|charged|acquitted)\b|"
    r"\bsentenced\s+(?:\w+\s+){0,5}to\b|\bfined\s+(?:\w+\s+){0,3}\d", re.I)

# "for two additional four-month periods", "one 24-hour rest period": the period's length is the rule
PERIOD_COUNT = re.compile(r"(?:\s+(?:additional|further|more|successive))?\s+\S+-(?:hour|day|week|month|year)s?\b", re.I)
PRACTICE_ADVERBS = set(_L["practice_adverbs"])
MEMBERSHIP_NOUNS = set(_L["membership_nouns"])
NOTICE_NOUNS = set(_L["notice_nouns"])
RULE_VERB_ANY = re.compile(rf"\b{_RULE_VERB}\b", re.I)
RULING_SUBJECT = re.compile(rf"^(?:the\s+)?(?:\w+\s+){{0,2}}?{alternation(_L['ruling_subjects'])}\b", re.I)
_LIMITED = r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:limited|restricted|capped|fixed|set)\s+(?:by\s+\w+\s+)?(?:to|at)\b"
# a passive limit of working time or detention ("The length of detention without a pretrial hearing or formal
# charges is also limited to one year")
LIMITED_TO = re.compile(
    rf"\b{_LIMITED}[^.;]{{0,40}}?\b(?:hours?|days?|weeks?|months?)\s+(?:per|a|each|every)\s+"
    rf"(?:day|week|month|year)\b|\b{alternation(_L['limited_subjects'])}\b,?\s+(?:[\w()\"'’-]+,?\s+){{0,8}}?{_LIMITED}", re.I)
# working time as the subject of a present copula with its length: "the workweek is 40 hours", "the maximum
# daily work shift is 12 hours", "The maximum overtime allowed is 11 hours per week" (no law word needed)
WORKING_TIME = re.compile(
    rf"\b{alternation(_L['working_time_nouns'])}\s+(?:[\w-]+\s+){{0,3}}?(?:is|are)\s+"
    r"(?:(?:limited|capped|set|fixed)\s+(?:to|at)\s+)?(?:(?:up\s+to|at\s+most|a\s+maximum\s+of|no\s+more\s+than|"
    r"not\s+more\s+than)\s+)?(?=[\d\w,.-]+\s+(?:hours?|days?)\b)", re.I)
HAVE_DEADLINE = re.compile(  # "Judges had four months to decide": a time allowed by the rules
    r"\b(?:(?:has|have|had)\s+|(?:gives?|gave|given|offer(?:s|ed)?|allow(?:s|ed)?|grant(?:s|ed)?)\s+(?:\w+\s+){1,2}?)"
    r"(?:only\s+|up\s+to\s+)?\S+\s+(?:to\s+\S+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"  # "has three to 10 days to"
    r"(?:in\s+which\s+)?to\s+[a-z]+", re.I)
# The exception a rule on an age goes on to state after "but": "setting the minimum age at 18 but
# also permitting girls to marry at 16", "was 18, but could be reduced to 16 in the case of …"
AGE_EXCEPTION = re.compile(r"\s*(?:also\s+)?(?:permitt(?:ing|ed)|allow(?:ing|ed)|(?:could|can|may)\s+be\s+"
                           r"(?:reduced|lowered|waived))\b", re.I)
RULE_VERB_PRESENT = re.compile(  # third person or plural ("Exceptions allow children to work at age 12")
    r"\b(?:provides?|prohibits?|forbids?|bans?|requires?|allows?|permits?|stipulates?|mandates?|sets?|"
    r"establish(?:es)?|limits?|restricts?|entitles?|specif(?:y|ies)|imposes?|penalizes?|criminalizes?|"
    r"punish(?:es)?|obliges?|obligates?|grants?|guarantees?|caps?|prescribes?|precludes?|proscribes?|"
    r"institutes?|reserves?|must|shall|may|punishable)\b", re.I)
# past-tense rule verbs that state an obligation or a ban when an authority is the subject
OBLIGATION_LEMMAS = {"require", "prohibit", "forbid", "ban", "oblige", "obligate", "mandate",
                     "stipulate", "prescribe", "cap", "preclude", "proscribe"}
NARRATABLE = (LAW_FRAME, LEGAL_ADVERBIAL, RULE_VERB_PRESENT, RULE_VERB_ANY, AGENT_LAW)  # frames _narrated may veto


NOT_LAW_SUBJECT = re.compile(rf"\b{alternation(_L['not_law_subjects'])}\s+(?:\w+\s+)?$", re.I)
