"""The event lexicon (``extract/data/events.toml``) bound to names, loaded once: trigger
tables (lemma -> event type) and the word lists of occurrence, polarity and participant
rules. Edit the TOML, not this file.
"""
from __future__ import annotations

from ..lexicons import lexicon, words

_L = lexicon("events")

#: Verb lemma -> event type (a lemma under two types takes the later; then the overrides).
VERB_TYPES: dict[str, str] = {lemma: t for t, lemmas in _L["verb_triggers"].items() for lemma in lemmas}
VERB_TYPES.update(_L["verb_trigger_overrides"])
#: Noun lemma -> event type (a lemma under two types takes the later).
NOUN_TYPES: dict[str, str] = {lemma: t for t, lemmas in _L["noun_triggers"].items() for lemma in lemmas}

REPORT_OBJECTS = words("events", "report_objects")
#: Publications a date names: "A 2008 ITUC report stated …" is a report_published of 2008.
DATED_PUBLICATIONS = words("events", "dated_publications")
#: Surveys named by a title with their year in front: "the 2018 Demographic and Health Survey".
TITLED_PUBLICATIONS = words("events", "titled_publications")
#: "In its Annual Report 2013, …": the words that open a citation of a report by its titled edition.
TITLED_REPORT_FRAMES = list(_L["titled_report_frames"])
#: "harassed and arrested journalists": the arrest types the sentence.
OUTRANKED_BY_ARREST = words("events", "outranked_by_arrest")
#: Verbs of attack that a coordinated killing outranks: "attacked and killed civilians" is a killing.
OUTRANKED_BY_KILLING = words("events", "outranked_by_killing")
#: A period before a dated occurrence: "in the months leading up to the November 2010 election".
LEAD_UP_PERIODS = words("events", "lead_up_periods")
LEAD_UP_LINKS = words("events", "lead_up_links")
LEAD_UP_BARE_LINKS = words("events", "lead_up_bare_links")
REFERENCE_POINT_PREPS = words("events", "reference_point_preps")
#: Verbs of happening: "Legislative elections did not take place" is a negated election.
HAPPENING_VERBS = words("events", "happening_verbs")
#: Persons "held" so are detained: "held suspects incommunicado", "held them in detention" (custody.py).
CUSTODY_ADVERBS = words("events", "custody_adverbs")
CUSTODY_PLACES = words("events", "custody_places")
CUSTODY_WITHOUT = words("events", "custody_without")
#: Shares of a class that happened somewhere: "Most arrests occurred in the south" (events/undated/happened.py).
HAPPENED_SHARES = words("events", "happened_shares")
HAPPENED_NEED_DOER = words("events", "happened_need_doer")
HAPPENED_MANNERS = words("events", "happened_manners")
HAPPENED_PHENOMENA = words("events", "happened_phenomena")
#: "An investigation was completed": a trigger noun so introduced tells an occurrence (events/undated/introduced.py).
INTRODUCED_DETERMINERS = words("events", "introduced_determiners")
GRANTING_VERBS = words("events", "granting_verbs")
GRANTED_TYPES = words("events", "granted_types")
GRANTED_NOT = words("events", "granted_not")
ACTED_SINCE_RANKS = words("events", "acted_since_ranks")
NONSTATE = words("events", "nonstate")
ORG_NOUNS = words("events", "org_nouns")
#: Subjects that make a dated "reported" a publication ("The ministry reported in May that …").
REPORTING_BODIES = ORG_NOUNS | words("events", "reporting_bodies")
DISMISSED_THINGS = words("events", "dismissed_things")
SPECIAL_TRIGGERS = words("events", "special_triggers")
#: Elections named as labels: "killings related to the March election" is typed by the killings.
LABEL_PREPS = words("events", "label_preps")
LABEL_HEADS = words("events", "label_heads")
LABEL_VERBS = words("events", "label_verbs")
#: Censorship by penalty or interruption of media ("halted the operations of Kala TV", "internet
#: disruptions"): only with one of MEDIA_THINGS among the objects or modifiers.
CENSOR_VERBS = words("events", "censor_verbs")
SPEECH_ACTS = words("events", "speech_acts")
CENSOR_NOUNS = words("events", "censor_nouns")
MEDIA_THINGS = words("events", "media_things")
#: Gender-based violence and forced marriage (torture_or_abuse).
ABUSE_VIOLENCE_MODS = words("events", "abuse_violence_mods")
VIOLENCE_NOT_HEADS = words("events", "violence_not_heads")
FORCED_MODS = words("events", "forced_mods")
#: Every lemma that may trigger an event.
ANY_TRIGGER = frozenset(VERB_TYPES) | frozenset(NOUN_TYPES) | SPECIAL_TRIGGERS | CENSOR_VERBS | CENSOR_NOUNS
#: Nouns that name an occurrence (a date modifying them dates it): "the April 2003 killing".
OCCURRENCE_NOUNS = frozenset(
    n for n, t in NOUN_TYPES.items()
    if t not in ("law_or_decree", "report_published") and n not in words("events", "occurrence_nouns_not")
) | words("events", "occurrence_nouns_extra")
REFERENCE_NOUNS = words("events", "reference_nouns")
LIGHT_VERBS = words("events", "light_verbs")
REPORT_VERBS = words("events", "report_verbs")
ALLEGE_WORDS = words("events", "allege_words")
STATE_VERBS = words("events", "state_verbs")
#: States the report year's own phrase dates no record of: "remained unknown at year's end" (round t-events36).
YEAR_PHRASE_STATE_VERBS = words("events", "year_phrase_state_verbs")
#: "remained blocked": a state, whatever the parser says.
STATE_AUXILIARIES = words("events", "state_auxiliaries")
STAT_VERBS = words("events", "stat_verbs")
UNACCUSATIVE = words("events", "unaccusative")
PLACE_LABELS = words("events", "place_labels")
PARTITIVE = words("events", "partitive")
MONTH_WORDS = words("events", "month_words")
DETERMINERS = words("events", "determiners")
DUTIES = words("events", "duties")
ACCIDENTS = words("events", "accidents")
CUSTODIANS = words("events", "custodians")
PERSON_NOUNS = words("events", "person_nouns")
HABITUAL_ADV = words("events", "habitual_adv")
#: Adjectives of frequency ("regular visits") and time units of a rate ("18 hours a day").
HABITUAL_ADJ = words("events", "habitual_adj")
#: Adjectives of a rate ("monthly visits"): a practice only on a plural noun that is no medium.
HABITUAL_RATE_ADJ = words("events", "habitual_rate_adj")
RATE_UNITS = words("events", "rate_units")
#: Phrases of habit: "at times", "from time to time".
HABITUAL_PHRASES = words("events", "habitual_phrases")
#: Words of a frame of generality opening a sentence: "In many cases …", "In most districts …".
MAJORITY_FRAME_WORDS = words("events", "majority_frame_words")
WEAK = words("events", "weak")
#: Summary statements of the year: who acts, and the verbs of doing a trigger noun ("committed abuses").
SUMMARY_ACTORS = words("events", "summary_actors")
SUMMARY_DOING_VERBS = words("events", "summary_doing_verbs")
MODALS = words("events", "modals")
HABIT_HEADS = words("events", "habit_heads")
CONTINUED_HEADS = words("events", "continued_heads")
UNDERGOING_VERBS = words("events", "undergoing_verbs")
ACCOUNTABILITY_COMMIT_VERBS = words("events", "accountability_commit_verbs")
ACCOUNTABILITY_ABUSE_NOUNS = words("events", "accountability_abuse_nouns")
ACTION_AGAINST_TYPES: dict[str, str] = dict(_L["action_against_types"])
LAW_SUBJECTS = words("events", "law_subjects")
STATISTIC_OBJECTS = words("events", "statistic_objects")
NOT_OCCURRENCES = STATE_VERBS | STAT_VERBS | REPORT_VERBS | words("events", "not_occurrences")
#: Objects of a stance: "raised concerns regarding …" states a view, not an occurrence.
STANCE_OBJECTS = words("events", "stance_objects")
YEAR_ACTIVITY_VERBS = words("events", "year_activity_verbs")
#: Campaigns, seminars and trainings an actor held: an occurrence of the year (campaigns.py).
CAMPAIGN_VERBS = words("events", "campaign_verbs")
CAMPAIGN_NOUNS = words("events", "campaign_nouns")
CAMPAIGN_KINDS = words("events", "campaign_kinds")
CAMPAIGN_MODIFIERS = words("events", "campaign_modifiers")
#: Refusals of the year: an actor that refused or denied someone a permission, a right or a request
#: (refusals.py); what a refusal of a statement turns down ("denied the allegations") is no occurrence.
REFUSAL_VERBS = words("events", "refusal_verbs")
REFUSED_STATEMENTS = words("events", "refused_statements")
#: A subject quantified as part of a class ("some employers", "many officials"): a practice (actor_acts.py).
PRACTICE_QUANTIFIERS = words("events", "practice_quantifiers")
#: Training received ("Officers received training"): an occurrence of the year as training given.
TRAINING_RECEIVED_VERBS = words("events", "training_received_verbs")
TRAINING_GIVEN_VERBS = words("events", "training_given_verbs")
TRAINING_NOUNS = words("events", "training_nouns")
TRAINING_LACKING_MODS = words("events", "training_lacking_mods")
#: Items of the list of issues that name an occurrence: phrase -> type (issues.py).
ISSUE_PHRASES: dict[str, str] = dict(_L["issue_phrases"])
REPORT_NOUNS = words("events", "report_nouns")
ATTEMPT_VERBS = words("events", "attempt_verbs")
ATTEMPT_MODS = words("events", "attempt_mods")
KILLING_WORDS = words("events", "killing_words")
EPISODE_PREPS = words("events", "episode_preps")
OWN_DATE_PREPS = words("events", "own_date_preps")
#: Verbs whose object is a reported occurrence: "committed killings", "caused deaths".
OUTCOME_VERBS = words("events", "outcome_verbs")
#: Meetings one holds: "held a human rights forum" on a date is an occurrence.
GATHERINGS = words("events", "gatherings")
#: (preposition, head lemma) whose object is a reported occurrence: "resulted in deaths".
OUTCOME_PREPS = frozenset(tuple(pair.split()) for pair in words("events", "outcome_preps"))
#: Words of rates and shares: a count of them is a statistic, not an occurrence.
RATE_WORDS = words("events", "rate_words")
#: Posts one is removed or suspended from (a dismissal): "removed from office".
POSTS = words("events", "posts")
#: Subjects that make a verb of state a count: "the number of refugees was 253,000".
COUNT_NOUNS = words("events", "count_nouns")
#: Verbs of sending or receiving: with a threatening object they are a threat.
THREAT_CARRIERS = words("events", "threat_carriers")
#: Things sent as threats: "a pig's head", "a bullet", "a coffin".
THREAT_OBJECTS = words("events", "threat_objects")
#: Modifiers that make a thing sent a threat: "threatening messages", "death threats".
THREAT_MODS = words("events", "threat_mods")
#: A vote on a government's standing is no election: "a vote of no confidence".
CONFIDENCE_VOTES = words("events", "confidence_votes")
#: Words of the verb cases (verb_types.py): unknown assailants, designations, asylum seekers returned,
#: laws passed, courts that fine, inquiries opened, agreements signed.
UNKNOWN_ASSAILANT_MODS = words("events", "unknown_assailant_mods")
DESIGNATION_LABELS = words("events", "designation_labels")
ASYLUM_WORDS = words("events", "asylum_words")
PASSED_THINGS = words("events", "passed_things")
FINING_COURTS = words("events", "fining_courts")
OPENED_INQUIRIES = words("events", "opened_inquiries")
AGREEMENT_NOUNS = words("events", "agreement_nouns")
#: Media and bodies whose closing is censorship ("closed the newspaper"), besides org_nouns.
MEDIA_NOUNS = words("events", "media_nouns")
#: Verbs of a decision whose passive subject is what was decided ("registrations were rejected").
DECIDING_VERBS = words("events", "deciding_verbs")
#: Verbs of change a dated legal instrument is told doing (its adoption), and a court's rulings (labels.py).
CHANGE_VERBS = words("events", "change_verbs")
RULING_NOUNS = words("events", "ruling_nouns")
#: Decisions a court upholds or overturns that keep their own type ("upheld the liquidation").
DECISION_TYPES = words("events", "decision_types")
#: What one charges that is not an accusation: "charged informal fees".
FEE_WORDS = words("events", "fee_words")
#: Associations whose ban or suspension is a registration decision ("banned all political parties").
ASSOCIATIONS = words("events", "associations")
#: Verbs of general phenomena: undated, "X occurred" is not an occurrence.
PHENOMENON_VERBS = words("events", "phenomenon_verbs")
#: Nouns that name an occurrence only after "There were no …" (noun lemma -> event type).
NEGATED_NOUNS: dict[str, str] = dict(_L["negated_nouns"])
#: Words of plans: a date on them is not an occurrence ("scheduled for October 2011").
PLAN_WORDS = words("events", "plan_words")
#: A period a publication or count covers before its date: "covering the period from …", "the fiscal year ending …"
PERIOD_COVER_WORDS = words("events", "period_cover_words")
PERIOD_END_WORDS = words("events", "period_end_words")
PERIOD_END_NOUNS = words("events", "period_end_nouns")
#: Auxiliaries of the future and of obligation: a date on their verb is a plan or a rule.
PLAN_MODALS = words("events", "plan_modals")
#: What one dies of outside custody when the death is no killing ("died of AIDS"), and the
#: modifiers of such deaths ("maternal deaths").
DISEASES = words("events", "diseases")
NATURAL_DEATH_MODS = words("events", "natural_death_mods")
#: Objects of "monitor" that make it observation, not surveillance ("monitored human rights").
MONITORED_THINGS = words("events", "monitored_things")
#: "took effect", "came into force": a law or decree.
EFFECT_NOUNS = words("events", "effect_nouns")
#: Rulings a court revokes ("revoked the ruling"): a trial matter or the decision revoked.
RULINGS = words("events", "rulings")
#: What "approve" makes a law or decree ("approved a national action plan"; not "the nominees").
LAW_THINGS = words("events", "law_things")
#: Things released that make "release" no release from detention ("the draft was released").
RELEASED_THINGS = words("events", "released_things")
#: What one uses that makes "use" an attack ("used force against", "used tear gas").
FORCE_WORDS = words("events", "force_words")
#: Modifiers of force that make its use abuse: "used excessive force against demonstrators".
ABUSE_FORCE_MODS = words("events", "abuse_force_mods")
FORCE_DISPERSAL_VERBS = words("events", "force_dispersal_verbs")
#: What a ban is of (extract/events/types/bans.py): speech and media, travel, and the words of a ban.
BANNED_SPEECH = words("events", "banned_speech")
BAN_WORDS = words("events", "ban_words")
RESTRICTION_VERBS = words("events", "restriction_verbs")
TRAVEL_WORDS = words("events", "travel_words")
BANNED_OCCASIONS = GATHERINGS | words("events", "banned_occasions")
BANNED_PRACTICES = words("events", "banned_practices")
CLOSURE_NOUNS = words("events", "closure_nouns")
STRIKE_SHUTDOWN_VERBS = words("events", "strike_shutdown_verbs")
#: Dating by episode (``episodes.py``): followers ("subsequent"), wounds one dies of, nouns of
#: "the same trial", adverbs of continued narration, the violent acts of an episode and the
#: types of dated occurrences that open one.
EPISODE_FOLLOWERS = words("events", "episode_followers")
EPISODE_WOUNDS = words("events", "episode_wounds")
EPISODE_NOUNS = words("events", "episode_nouns")
EPISODE_ADVERBS = words("events", "episode_adverbs")
EPISODE_ACTS = words("events", "episode_acts")
EPISODE_OPENERS = words("events", "episode_openers")
EPISODE_UNTYPED_OPENERS = words("events", "episode_untyped_openers")
EPISODE_SEVERAL = words("events", "episode_several")
EPISODE_CONTINUED = words("events", "episode_continued")
#: The rest of a dated court decision typed otherwise (``court_rest.py``, round t-dates2): court nouns,
#: the judicial steps "it" or "also" may add, and the words that tell a later step.
EPISODE_COURTS = words("events", "episode_courts")
EPISODE_COURT_STEPS = words("events", "episode_court_steps")
EPISODE_COURT_LATER = words("events", "episode_court_later")
EPISODE_NAMED = words("events", "episode_named")
EPISODE_OTHER_CASE = words("events", "episode_other_case")
EPISODE_PRONOUNS = words("events", "episode_pronouns")
EPISODE_ALSO = words("events", "episode_also")
EPISODE_TIME_MARKS = words("events", "episode_time_marks")
CLASS_OUTCOMES = words("events", "class_outcomes")
#: A deficiency that caused a condition ("Judicial inefficiency delayed proceedings"): no event (conditions.py).
DEFICIENCY_NOUNS = words("events", "deficiency_nouns")
DEFICIENCY_CAUSE_VERBS = words("events", "deficiency_cause_verbs")
DEFICIENCY_OUTCOME_TYPES = words("events", "deficiency_outcome_types")
#: A prison population told as a count (``nonevents/conditions.prison_population``, round t-events63): the
#: nouns of persons in custody, the words of a share of them, the verbs of being held and of holding.
POPULATION_NOUNS = words("events", "population_nouns")
POPULATION_SHARES = words("events", "population_shares")
POPULATION_HELD_VERBS = words("events", "population_held_verbs")
POPULATION_HOLDING_VERBS = words("events", "population_holding_verbs")
#: A refugee population told as a count (``nonevents/conditions.refugee_population``, round t-events65): the
#: nouns of displaced persons, the person nouns "displaced" qualifies, the verbs of hosting and of staying.
REFUGEE_POPULATION_NOUNS = words("events", "refugee_population_nouns")
REFUGEE_PERSON_NOUNS = words("events", "refugee_person_nouns")
REFUGEE_DISPLACED_WORDS = words("events", "refugee_displaced_words")
REFUGEE_HOSTING_VERBS = words("events", "refugee_hosting_verbs")
REFUGEE_STAYING_VERBS = words("events", "refugee_staying_verbs")
#: What a share of surveyed persons told (``nonevents/conditions.surveyed_share``, round t-events71): the share
#: nouns and the verbs of telling or undergoing.
SURVEY_SHARES = words("events", "survey_shares")
SURVEY_TELLING_VERBS = words("events", "survey_telling_verbs")
#: A rate (``nonevents/conditions.rate_statement``, round t-events78): the prepositions of a count per a base and
#: the round bases.
RATE_PREPOSITIONS = words("events", "rate_prepositions")
RATE_BASES = words("events", "rate_bases")
#: Nouns naming a dated episode again without its date ("during the events").
EPISODE_ANAPHORS = words("events", "episode_anaphors")
#: Heads of titles: a trigger noun in "the special rapporteur on extrajudicial executions" is no trigger.
TITLE_HEADS = words("events", "title_heads")
#: Statuses whose grant, denial or revocation is an asylum or citizenship decision.
DECIDED_STATUSES = words("events", "decided_statuses")
#: A protection status granted to persons ("provided subsidiary protection to 293 persons"): its verbs,
#: nouns and the kinds that make "protection" a status of the asylum system (cues.protection_granted).
PROTECTION_VERBS = words("events", "protection_verbs")
PROTECTION_NOUNS = words("events", "protection_nouns")
PROTECTION_KINDS = words("events", "protection_kinds")
#: "took steps to identify and punish officials": the nouns of steps, and what they were taken to do.
STEP_NOUNS = words("events", "step_nouns")
STEP_VERBS: dict[str, str] = dict(_L["step_verbs"])
#: "There were no known actions to investigate …", "no reported efforts to prevent …": efforts not made.
EFFORT_NOUNS = words("events", "effort_nouns")
#: "made no efforts to protect", "No action was taken": do-verbs and nouns of action (``efforts.py``).
INACTION_VERBS = words("events", "inaction_verbs")
INACTION_NOUNS = words("events", "inaction_nouns")
INACTION_AGAINST: str = _L["inaction_against"]
#: "had not ruled on her appeal by year's end", "did not investigate the shooting": steps not taken
#: (``negsteps.py``), lemma -> type.
NEGATED_STEP_VERBS: dict[str, str] = dict(_L["negated_step_verbs"])
STEP_MANNER_ADV = words("events", "step_manner_adv")
#: "Rights groups condemned the arrest": reactions to a specific occurrence (``reactions.py``).
REACTION_VERBS = words("events", "reaction_verbs")
REACTION_OBJECTS = words("events", "reaction_objects")
CONCERN_NOUNS = words("events", "concern_nouns")
#: "The Velm Monitor called the prosecution arbitrary": reactions told by naming (``reactions.naming_reaction``).
NAMING_REACTION_VERBS = words("events", "naming_reaction_verbs")
NAMING_REACTION_OBJECTS = words("events", "naming_reaction_objects")
NAMING_GENERAL_OBJECTS = words("events", "naming_general_objects")
NAMING_UNCOUNTED_ACTORS = words("events", "naming_uncounted_actors")
#: "failed to investigate the killing", "did not issue a ruling on her appeal" (``negsteps.py``).
NEGATED_STEP_AIM_VERBS = words("events", "negated_step_aim_verbs")
#: The nouns of keeping a duty ("did not prioritize enforcement of …"): no negated act (negated_in_year.py).
DUTY_NOUNS = words("events", "duty_nouns")
REFUSED_STEP_KEPT_TYPES = words("events", "refused_step_kept_types")
NEGATED_LIGHT_VERBS = words("events", "negated_light_verbs")
NEGATED_LIGHT_STEP_NOUNS: dict[str, str] = dict(_L["negated_light_step_nouns"])
#: "called for Lena Marek's release": a call about one person or occurrence (``particular_calls.py``).
PARTICULAR_CALL_PREPS: dict[str, frozenset[str]] = {
    v: frozenset(p) for v, p in _L["particular_call_preps"].items()}
PARTICULAR_CALL_ADDRESSEE_PREPS = words("events", "particular_call_addressee_preps")
PARTICULAR_CALL_PERSON_PRONOUNS = words("events", "particular_call_person_pronouns")
PARTICULAR_CALL_LINKS = words("events", "particular_call_links")
#: "The opposition boycotted the election": verbs of a reaction to an election (``electoral_reactions.py``).
ELECTORAL_REACTION_VERBS = words("events", "electoral_reaction_verbs")
#: "As of May, 20 of the 36 states had adopted the act": a tally over the years, no count of acts (``asof.py``).
ASOF_CUMULATIVE_VERBS = words("events", "asof_cumulative_verbs")
INSTITUTION_NOUNS = words("events", "inaction_institutions")
#: "won 62 of 91 seats", "won a plurality": what "win" wins when it states an election (``elections.py``).
WON_THINGS = words("events", "won_things")
#: "The law prohibited such practices, but there were reports officials employed them": the nouns
#: taken up by the pronoun, the verbs, and the event type of a section topic (``topics.toml``).
PRACTICE_NOUNS = words("events", "practice_nouns")
PRACTICE_VERBS = words("events", "practice_verbs")
TOPIC_TYPES: dict[str, str] = dict(_L["topic_types"])
#: "There were reports of vigilante violence": nouns that name an occurrence when reported (lemma ->
#: type), and the agents after "by" that make it abuse by the state.
REPORTED_NOUNS: dict[str, str] = dict(_L["reported_nouns"])
STATE_FORCES = words("events", "state_forces")
#: "There were reports of traffickers exploiting children": who acts, and gerunds of states (``reported_gerunds.py``).
REPORTED_GERUND_ACTORS = words("events", "reported_gerund_actors")
REPORTED_GERUND_STATES = words("events", "reported_gerund_states")
#: Doers that hold people besides the state's forces: their beating is abuse (``custody.py``).
CUSTODIAL_ACTORS = words("events", "custodial_actors")
#: "There were reported cases of abuse": the nouns "reported" counts (``thereare.py``).
REPORTED_CASE_NOUNS = words("events", "reported_case_nouns")
#: Corruption reported as an act: payments, "corrupt" on a noun of conduct (``undated/corrupt_acts.py``).
CORRUPT_PAYMENT_NOUNS = words("events", "corrupt_payment_nouns")
CORRUPT_ADJECTIVES = words("events", "corrupt_adjectives")
CORRUPT_CONDUCT_NOUNS = words("events", "corrupt_conduct_nouns")
#: Abuse reported as an act: cruel or degrading treatment (``undated/abusive_treatment.py``, t-events34).
ABUSIVE_TREATMENT_NOUNS = words("events", "abusive_treatment_nouns")
ABUSIVE_TREATMENT_MODS = words("events", "abusive_treatment_mods")
#: Rights and freedoms: restricting one in general is no summary statement of an occurrence.
RIGHT_NOUNS = words("events", "right_nouns")
PRACTICE_EXEMPT_VERBS = words("events", "practice_exempt_verbs")
#: Verbs of judging what is so: a view of a state, no occurrence (events/nonevents/assessments.py).
ASSESSMENT_VERBS = words("events", "assessment_verbs")
PRACTICE_COUNTING_WORDS = words("events", "practice_counting_words")
#: Exact cues of a type (``cues.py``): what is fired or executed, the verbs that make a law only of a
#: legal instrument, who dies at work, the modifiers of a generic "abuses".
FIRED_THINGS = words("events", "fired_things")
EXECUTED_THINGS = words("events", "executed_things")
INSTRUMENT_VERBS = words("events", "instrument_verbs")
OCCUPATIONAL_VICTIMS = words("events", "occupational_victims")
GENERIC_ABUSE_MODS = words("events", "generic_abuse_mods")
LABOR_THINGS = words("events", "labor_things")
CLOSED_PLACES = words("events", "closed_places")
LIFTED_THINGS = words("events", "lifted_things")
ABUSED_OFFICES = words("events", "abused_offices")
PROPOSALS = words("events", "proposals")
#: Round t-types4: demands, plans and welcomes (``demands.py``); the making of legal instruments, rule
#: amounts changed, a legislature's vote (``instruments.py``); a body publishing (``publishing.py``); causes
#: of a death no one inflicted, a blocking undone (``cues.py``); kept from reporting (``bans.py``).
DEMAND_VERBS = words("events", "demand_verbs")
DEMAND_PREPS: dict[str, frozenset[str]] = {v: frozenset(p) for v, p in _L["demand_preps"].items()}
DEMAND_NOUNS = words("events", "demand_nouns")
LAW_MAKING_VERBS = words("events", "law_making_verbs")
INSTRUMENT_THINGS = words("events", "instrument_things")
SIGNED_TEXTS = words("events", "signed_texts")
ENACTING_NOUNS = words("events", "enacting_nouns")
AMOUNT_VERBS = words("events", "amount_verbs")
RULE_SETTING_VERBS = words("events", "rule_setting_verbs")
RULE_CHANGE_VERBS = words("events", "rule_change_verbs")
CHANGED_RULES = words("events", "changed_rules")
ORDERED_RULES = words("events", "ordered_rules")
DATED_RULE_VERBS = words("events", "dated_rule_verbs")
IMPOSED_RULES = words("events", "imposed_rules")
PERMITTING_VERBS = words("events", "permitting_verbs")
PERMITTED_GATHERINGS = words("events", "permitted_gatherings")
RULE_AMOUNTS = words("events", "rule_amounts")
RULE_AMOUNT_HEADS = words("events", "rule_amount_heads")
ACCIDENT_CAUSES = words("events", "accident_causes")
KEPT_FROM_VERBS = words("events", "kept_from_verbs")
REPORTING_ACTS = words("events", "reporting_acts")
NEWS_PEOPLE = words("events", "news_people")
PUBLISHING_VERBS = words("events", "publishing_verbs")
PUBLISHING_SUBJECTS = words("events", "publishing_subjects")
COUNTED_OCCURRENCE_NOUNS = words("events", "counted_occurrence_nouns")
DATED_CASE_NOUNS = words("events", "dated_case_nouns")
DATED_CASE_LINKS = words("events", "dated_case_links")
RECEIPT_VERBS = words("events", "receipt_verbs")
RECEIPT_MATTER_NOUNS = words("events", "receipt_matter_nouns")
RECEIPT_TOTAL_NOUNS = words("events", "receipt_total_nouns")
#: Action nouns a date names with what they acted on: "the 2009 abrogation of the constitution" (dating/dated_acts.py).
DATED_ACT_NOUNS = words("events", "dated_act_nouns")
DATED_ACT_LAW_NOUNS = words("events", "dated_act_law_nouns")
NAMED_PUBLISHING_VERBS = words("events", "named_publishing_verbs")
#: "On May 3, X reported that <one past act>": the act (dating/publishing.py ``reported_act``, round t-types28).
REPORTED_STATE_VERBS = words("events", "reported_state_verbs")
REPORTED_SHARE_NOUNS = words("events", "reported_share_nouns")
REPORTED_SET_WORDS = words("events", "reported_set_words")
REPORTED_NO_WORDS = words("events", "reported_no_words")
ACCORDING_LABELS = words("events", "according_labels")
OUTRANKED_BY_CONVICTION = words("events", "outranked_by_conviction")
REPORT_STATEMENT_VERBS = words("events", "report_statement_verbs")
NAMED_INSTRUMENTS = words("events", "named_instruments")
LEGISLATURES = words("events", "legislatures")
UNDOING_VERBS = words("events", "undoing_verbs")
#: "Observers characterized the elections as free and fair": an election's verdict (``verdicts.py``).
VERDICT_JUDGES = words("events", "verdict_judges")
VERDICT_VERBS = words("events", "verdict_verbs")
VERDICT_ELECTION_WORDS = words("events", "verdict_election_words")
VERDICT_ADJECTIVES = words("events", "verdict_adjectives")
VERDICT_VOTE_WORDS = words("events", "verdict_vote_words")
#: "The court dismissed the charges": an acquittal; "prosecutors dismissed the case": other (``acquittals.py``).
ACQUITTING_THINGS = words("events", "acquitting_things")
NON_JUDGES = words("events", "non_judges")
#: "Former leaders reported harassment", "activists reported receiving death threats": the occurrence
#: reported (``hearsay.py``).
HEARSAY_VERBS = words("events", "hearsay_verbs")
HEARSAY_CONTAINERS = words("events", "hearsay_containers")
HEARSAY_GERUNDS = words("events", "hearsay_gerunds")
HEARSAY_DOING_VERBS = words("events", "hearsay_doing_verbs")
HEARSAY_CONDITION_WORDS = words("events", "hearsay_condition_words")
HEARSAY_NOUNS: dict[str, str] = dict(_L["hearsay_nouns"])
#: "Authorities made arbitrary arrests", "used arbitrary detention to …" (``light.py``).
SUMMARY_LIGHT_VERBS = words("events", "summary_light_verbs")
SUMMARY_LIGHT_TYPES = words("events", "summary_light_types")
SUBJECTING_VERBS = words("events", "subjecting_verbs")
#: Shares of the vote: an election's result, not a statistic (events/dating/vote_shares.py).
VOTE_SHARE_NOUNS = words("events", "vote_share_nouns")
#: Words that make a sentence a report of what someone said: a feature of the learned detector.
DETECTOR_REPORTING = words("events", "detector_reporting_words")
#: "There were no <restriction>" without a frame of the year is a state (nostates.py, settled 2026-12-13).
STATE_RESTRICTION_NOUNS = words("events", "state_restriction_nouns")
#: What a negated act acts on that makes it a practice on a class besides a bare noun and a right.
PRACTICE_ACCESS_NOUNS = words("events", "practice_access_nouns")
#: A body's standing function on a class of matters ("received complaints"): no event (nostates.py, N3).
STANDING_NOT_VERBS = words("events", "standing_not_verbs")
STANDING_QUANTITY_WORDS = words("events", "standing_quantity_words")
STANDING_MATTER_NOUNS = words("events", "standing_matter_nouns")
#: A penalty statement's clause: its subject, its verb of facing and term, "liable" (nonevents/penalty_statements.py).
PENALTY_NOUNS = words("events", "penalty_nouns")
PENALTY_FACING_VERBS = words("events", "penalty_facing_verbs")
PENALTY_TERMS = words("events", "penalty_terms")
PENALTY_LIABLE_WORDS = words("events", "penalty_liable_words")
