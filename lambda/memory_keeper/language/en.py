"""English: the grammar of what Memory Keeper hears and says, and its strings.

Everything English-specific lives here: which words to drop from an item ("my", "the"), which
answers are not answers ("I don't know"), pronouns that point back ("it", "them"), turning the
user's words around ("in my coat pocket" -> "in your coat pocket"), a place said without a
preposition ("the kitchen drawer" -> "in the kitchen drawer"), agreement ("your keys are"), time
phrases ("yesterday evening", "on Tuesday") and list joining. Strings are `str.format` templates;
the speech layer escapes every value for SSML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise, takewhile

from .common import (
    asked_back,
    choose,
    minutes_between,
    place_phrases,
    rest_wanted,
    settled_place,
    split_items,
)

__all__ = ["GRAMMAR", "STRINGS", "English"]

_PUNCTUATION = re.compile(r"[.,!?;:\"()\[\]{}]+")
_SPACES = re.compile(r"\s+")

# Dropped before an item: the user's own things ("my keys") are the notebook's default. "His",
# "her" and "their" stay: "his passport" is not the user's passport.
_LEADING = frozenset(
    {"my", "the", "a", "an", "our", "your", "its", "some", "that", "this", "these", "those"}
)
# The templates say "your {item}" (and "my {item}" in an example): "your his passport" is said
# "his passport", "your the book your sister lent you" "the book …", "your Tom's bike" "Tom's
# bike" (see `English.agreement`). Values are escaped for SSML first, so "'" may be "&apos;".
# A time is nobody's: "today's paper" is said with neither "your" nor a capital ("Which do you
# mean: today's paper or …"), and starts a sentence as "Today's paper". A day's name is a name
# ("Sunday's paper"), as a person's is.
_TIMES = frozenset(
    {
        "today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year",
        "morning", "afternoon", "evening", "night",
    }
)  # fmt: skip
_YOUR_BEFORE_DETERMINER = re.compile(
    r"\b([Yy]our|[Mm]y) (his|her|their|the|(?:"
    + "|".join(sorted(_TIMES))
    + r")(?:'|&apos;)s)(?![\w-])"
)
# "Your Tom's bike", "your Tom and Anna's car": a person's own, said without "your".
_YOUR_BEFORE_NAME = re.compile(
    r"\b(?:[Yy]our|[Mm]y) (?=[A-Z][\w-]*(?: and [A-Z][\w-]*)*(?:'|&apos;)s\b)"
)
# Whose a thing is, said before "'s": family, partners, friends, pets, and the user's car and house
# keep "your" ("your mum's ring", "your dog's lead"); any other word is taken for a person's name
# ("Tom's bike"). Alexa writes slot values in lower case, so a name cannot be told by a capital.
_YOUR_PEOPLE = frozenset(
    {
        "mom", "mum", "mother", "mommy", "mummy", "mama", "ma", "dad", "father", "daddy", "papa",
        "pa", "parents", "wife", "husband", "partner", "spouse", "fiance", "fiancee",
        "boyfriend", "girlfriend", "sister", "brother", "sibling", "son", "daughter", "child",
        "kid", "baby", "grandma", "grandpa", "granny", "grandmother", "grandfather", "nan",
        "nana", "nanna", "gran", "grandad", "granddad", "grandson", "granddaughter", "grandchild",
        "aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew", "stepmom", "stepmum",
        "stepdad", "stepson", "stepdaughter", "stepbrother", "stepsister", "mother-in-law",
        "father-in-law", "sister-in-law", "brother-in-law", "family", "friend", "roommate",
        "flatmate", "housemate", "neighbor", "neighbour", "boss", "colleague", "coworker",
        "teacher", "doctor", "carer", "caregiver", "nanny", "babysitter", "dog", "cat", "puppy",
        "kitten", "pet", "horse", "bird", "rabbit", "hamster", "car", "house",
        # a kind of thing, not someone's: "your women's magazine", "your children's books"
        "women", "men", "children", "people", "girls", "boys", "ladies", "gentlemen",
        "woman", "man", "girl", "boy", "kids", "dogs", "cats", "doll", "farmer",
    }
)  # fmt: skip
# A relative clause after an item's noun ("the book my sister lent me", "the keys that open the
# shed"): such an item is said with "the", not "your" ("The book your sister lent you ...").
_OWNERS = frozenset({"his", "her", "their", "its"})
_CLAUSE_STARTS = frozenset(
    {
        "i", "we", "you", "he", "she", "they", "my", "our", "your", "his", "her", "their",
        "that", "which", "who", "whom", "whose", "where", "i've", "i'd", "we've",
    }
)  # fmt: skip
_TRAILING = (
    "again",
    "please",
    "anymore",
    "any more",
    "now",
    "too",
    "for me",
    "as well",
    "at",
    "away",
)
# What people say before a correction ("actually no, they're in the kitchen"): never the item.
_INTERJECTIONS = frozenset(
    {
        "no", "nope", "actually", "wait", "sorry", "oh", "um", "uh", "er", "erm", "well", "okay",
        "ok", "so", "hmm", "oops", "and", "also", "oh no", "i mean", "i meant", "wrong",
        "no wait",
    }
)  # fmt: skip
# Words around a place that are not the place ("actually in the bathroom", "in the car now").
_PLACE_LEADING = ("actually ", "really ", "probably ", "definitely ", "just ", "now ")
_PLACE_TRAILING = (" now", " anymore", " any more", " again", " too", " please", " for me")
# A place said as where a thing is not: nothing to save ("not on the hook any more").
_NEGATED_PLACE = re.compile(r"^(?:not|no longer|isn't|aren't|never)\b")
_PRONOUNS = frozenset(
    {
        "it", "them", "they", "that", "those", "this", "these", "that one", "this one",
        "those ones", "these ones", "that thing", "those things", "the thing", "the things",
        "one",
    }
)  # fmt: skip
# "Forget it" is "never mind", however the model hears it ("forget about it" and "forget that"
# still name the item last mentioned: people say them to forget it, as issue 8's users did).
_DISMISSALS = frozenset({"it"})
_DISMISSAL_FILLERS = frozenset({"please", "then", "now", "anyway", "just", "already"})
_EVERYTHING = frozenset(
    {
        "everything", "all", "all of it", "it all", "all my stuff", "stuff", "all my things",
        "things", "all things", "all my items", "items", "all items", "all of them",
        "all my notes", "notes", "all my data", "data", "everything i told you", "list",
        "whole list", "all my information", "everything you know", "all the things",
    }
)  # fmt: skip
_NON_ANSWER = re.compile(
    r"^(?:(?:i )?(?:don't|do not|dont) (?:know|remember)|(?:i'm |i am |im )?not sure"
    r"|no (?:idea|clue)|(?:i )?have no idea|not a clue|dunno|who knows|i forgot|i forget"
    r"|i (?:can't|cannot|cant) remember|somewhere|nowhere|no where|unknown)\b"
)
# Words a place can start with and be said as it is: prepositions, and adverbs or participles
# that already read as a place ("back in the drawer", "plugged in by the couch").
_PLACE_STARTS = frozenset(
    {
        "in", "on", "under", "underneath", "beneath", "behind", "by", "beside", "next", "near",
        "at", "inside", "outside", "above", "below", "over", "between", "with", "among", "around",
        "up", "down", "upstairs", "downstairs", "back", "now", "still", "there", "here", "against",
        "across", "along", "atop", "within", "somewhere", "plugged", "clipped", "hanging", "hung",
        "sitting", "lying", "stuck", "taped", "tucked", "hidden", "locked", "stored", "packed",
        "left", "kept", "where", "wherever", "parked", "standing", "charging", "wedged",
        "buried", "stashed", "stacked", "folded",
    }
)  # fmt: skip
_AT_PLACES = frozenset({"home", "work", "school", "church", "the office", "the gym", "the bank"})
_HOMES = frozenset({"house", "place", "home", "apartment", "flat", "office"})
# Words that make a phrase a request to someone rather than the name of a thing ("tell me a joke").
_ADDRESSING = frozenset({"me", "you", "i", "us", "we", "i'm", "you're"})
_COMMANDS = frozenset(
    {
        "play", "sing", "tell", "set", "turn", "switch", "call", "open", "start", "show",
        "read", "give", "order", "buy", "stop", "dim", "wake", "remind", "launch",
    }
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their", "this"})
# Perspective: the user's words said back to them. "your" is not turned into "my": people name
# places for themselves ("in my bag"), and "you" cannot be told apart from "you" the skill.
_FLIP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
    "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
}  # fmt: skip
_SINGULAR_S = frozenset(
    {
        "lens", "canvas", "atlas", "gas", "news", "series", "species", "chaos", "physics", "alias",
        "bias", "cactus", "christmas",
    }
)  # fmt: skip
_IRREGULAR_PLURALS = frozenset({"children", "people", "men", "women", "feet", "teeth", "mice"})
# "my keys and my wallet": a second item starts with a possessive of its own after "and" or a
# comma (see `common.split_items`); "salt and pepper", "the keys and the remote" and "the charger
# for my phone and my laptop" stay one name.
_ITEM_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their"})
_AND_FILLERS = frozenset({"also", "then", "too"})
_JOINING = frozenset(
    {
        "of", "for", "from", "to", "with", "in", "on", "at", "by", "under", "behind", "into",
        "onto", "off", "like", "near", "without", "about", "between",
    }
)  # fmt: skip
# A place that goes on to tell of another item: "in the drawer and my wallet is in the car", "on
# the hook, my wallet is on the table" (Alexa drops the comma), "and so is my wallet", "and my
# glasses too". "Between the sofa and the wall in the lounge" is one place.
_POSSESSIVE = r"(?:my|our|your|his|her|their)"
_ANOTHER_ITEM_IN_PLACE = re.compile(
    rf"\band (?:{_POSSESSIVE}|the) (?:\S+ ){{0,2}}?(?:is|are|'s|was|were)\b"
    rf"|\band (?:{_POSSESSIVE}|the) (?:\S+ ){{0,2}}?(?:in|on|under|behind|inside|at|by|beside|"
    r"next to)\b"
    rf"|\b{_POSSESSIVE} (?:\S+ ){{0,2}}?(?:is|are|was|were)\b"
    rf"|\band so (?:is|are|was|were)\b"
    rf"|\band (?:{_POSSESSIVE}|the) (?:\S+ ){{0,2}}?(?:too|as well)$"
    # "on the table and my wallet": another item named, where it is left unsaid
    rf"|\band {_POSSESSIVE} (?:\S+ ){{0,2}}?\S+$"
    rf"|, (?:{_POSSESSIVE}|the) (?:\S+ ){{0,2}}?(?:is|are)\b",
    re.IGNORECASE,
)
# "between the sofa and the wall": that "and" joins one place.
_BETWEEN = re.compile(r"\bbetween ((?:\S+ ){1,5}?)and ", re.IGNORECASE)
# "where my car is parked": the verb of a "where" clause is the place's own.
_WHERE_CLAUSE = re.compile(
    r"\b(wherever|where) ((?:\S+ ){1,4}?)(?:is|are|was|were|'s)\b", re.IGNORECASE
)
# An item that says a place itself ("my keys are in the drawer and my phone" heard as one item).
_ITEM_WITH_A_VERB = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)
# A request or a pause before the item: "could you remember my keys …", "hang on, my keys …".
_REQUEST_OPENING = re.compile(
    r"^(?:(?:(?:would|could|can|will) you (?:please )?|please |kindly |do |just )?"
    r"(?:remember|note|make a note|keep in mind)(?: that)?|did you know(?: that)?"
    r"|just to let you know(?: that)?|one sec(?:ond)?|hang on|hold on|let me think|oh wait"
    r"|wait),? ",
    re.IGNORECASE,
)
# Not an answer to "where is it?" but a pause ("um", "hang on"); not an item but a question
# Alexa may still have heard as one ("what's in the garage" as "{item}'s {location}").
_STALLING = re.compile(
    r"^(?:um+|uh+|er+|erm+|hmm*|hm+|wait|wait a (?:second|minute|moment)|hang on|hold on"
    r"|one (?:moment|sec|second)|just a (?:moment|sec|second)|let (?:me|you) think"
    r"|(?:i'll|i will|you will|you'll) tell you later|later)$"
)
_QUESTION_WORDS = frozenset(
    {
        "what", "what's", "whats", "where", "where's", "which", "who", "when", "why", "how",
        "do", "does", "did", "can", "could", "would", "check", "am", "is", "are",
    }
)  # fmt: skip
_QUESTION_FOLLOWERS = frozenset(
    {
        "you", "i", "is", "are", "was", "were", "if", "whether", "my", "the", "it", "there",
        "in", "on", "at", "that", "do", "did", "have", "long",
    }
)  # fmt: skip
_NEGATIONS = frozenset({"no", "nope", "nah"})
_WH_WORDS = frozenset(
    {"what", "what's", "whats", "where", "where's", "which", "who", "when", "why", "how"}
)
# Comparing places ("is my passport in the drawer?"): one form per preposition, no articles.
_SAME_PREPOSITION = {
    "inside": "in", "into": "in", "within": "in", "onto": "on", "upon": "on", "atop": "on",
    "underneath": "under", "beneath": "under", "below": "under", "beside": "by", "next": "by",
    "not": "not", "rather": "not", "instead": "not", "but": "not", "except": "not",
}  # fmt: skip
# Words that only say which one of a kind ("the top drawer" is "the drawer"; "the car park" is
# not "the park").
_PLACE_MODIFIERS = frozenset(
    {
        "top", "bottom", "left", "right", "middle", "upper", "lower", "front", "back", "first",
        "second", "third", "big", "small", "little", "large", "old", "new", "other", "blue",
        "red", "green", "yellow", "black", "white", "brown", "grey", "gray", "pink", "purple",
        "orange", "silver", "wooden",
    }
)  # fmt: skip
_PLACE_PREPOSITIONS = _PLACE_STARTS | {
    "of",
    "for",
    "from",
    "to",
    "into",
    "onto",
    "off",
    "near",
    "not",
    "rather",
    "instead",
    "but",
    "except",
}
_PLACE_ARTICLES = frozenset({"the", "a", "an"})
# The preposition a place takes when none was said ("no, I meant the table" after "in the car"):
# things people put things on, and things they put things in (folded: singular).
_ON_NOUNS = frozenset(
    {
        "table", "desk", "shelf", "shelve", "counter", "worktop", "countertop", "hook", "peg",
        "floor", "bed", "chair", "sofa", "couch", "armchair", "windowsill", "sill", "nightstand",
        "mantel", "mantelpiece", "dresser", "sideboard", "bench", "stool", "rack", "tray",
        "dashboard", "seat", "stair", "step", "porch", "balcony", "landing", "doormat", "mat",
        "radiator", "ledge", "top", "roof", "wall", "fridge", "piano",
    }
)  # fmt: skip
_IN_NOUNS = frozenset(
    {
        "drawer", "box", "bag", "car", "cupboard", "closet", "wardrobe", "safe", "freezer",
        "pocket", "basket", "bowl", "jar", "case", "suitcase", "backpack", "rucksack", "purse",
        "handbag", "wallet", "boot", "trunk", "garage", "shed", "kitchen", "room", "bedroom",
        "bathroom", "hall", "hallway", "attic", "loft", "basement", "cellar", "office", "study",
        "cabinet", "locker", "folder", "envelope", "tin", "pot", "vase", "jacket", "coat", "bin",
        "glovebox", "compartment", "pantry", "larder", "cubby", "tub", "crate",
    }
)  # fmt: skip
# A place cut off before its noun ("in the", "next to", "on top of"): nothing but these words,
# or one of `_CUT_OFF_LAST` last, names no place. A trailing "and" is not part of a place.
_CUT_OFF_WORDS = frozenset(
    {
        "in", "on", "under", "behind", "by", "beside", "next", "to", "near", "at", "between",
        "with", "among", "against", "across", "along", "atop", "within", "into", "onto", "of",
        "for", "from", "the", "a", "an", "my", "your", "our", "his", "her", "their", "this",
        "that", "some",
    }
)  # fmt: skip
_CUT_OFF_LAST = frozenset(
    {
        "the", "a", "an", "my", "your", "our", "his", "her", "their", "of", "to", "from",
        "with", "into", "onto", "between", "at", "next",
    }
)  # fmt: skip
_PLACE_CONJUNCTIONS = frozenset({"and", "or", "but"})
# A time said after the item of a question ("where was my toque on Tuesday", "… yesterday"): no
# part of the item, unless a word before it ties it to the name ("the paper from yesterday").
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PARTS = r"(?: (?:morning|afternoon|evening|night))?"
# A pattern, not compiled at import: `re` compiles (and caches) it at the first question.
_TIME_AFTER_ITEM = (
    "(?i)"
    rf"^(?P<item>.+?) (?P<time>(?:yesterday|today|the day before yesterday|(?:on )?{_DAYS}){_PARTS}"
    r"|last (?:night|week|weekend|month|year|time)|this (?:morning|afternoon|evening|week)"
    r"|tonight|earlier(?: today)?|the other day|(?:on|at|over) the weekend"
    r"|(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?|months?) ago)$"
)
_TIME_TIES = frozenset({"from", "of", "for", "since", "until", "till", "before", "after", "by"})
# How a question about a place starts ("what's in the garage"); "what's the weather like" or
# "what's for dinner" asks about no place.
_PREPOSITIONS_OF_PLACE = frozenset(
    {
        "in", "on", "under", "underneath", "beneath", "behind", "by", "beside", "next", "near",
        "at", "inside", "outside", "above", "below", "over", "between", "among", "around",
        "against", "atop", "within", "up", "down", "upstairs", "downstairs", "into", "onto",
    }
)  # fmt: skip
# A correction: "not the red drawer but the blue drawer"; the place it corrects lends its
# preposition to a new place said without one ("on the hook" -> "I meant the shelf").
_SETTLING = frozenset({"but", "rather", "instead"})
_SIMPLE_PREPOSITIONS = frozenset(
    {"in", "on", "under", "behind", "by", "beside", "inside", "above", "below", "near", "at"}
)
# Answers to "Which do you mean: your car keys or your house keys?": the words around the choice
# ("the ones for the car"), "both", and an order ("the second one").
_CHOICE_IGNORED = frozenset(
    {
        "the", "a", "an", "my", "one", "ones", "for", "of", "from", "with", "i", "mean",
        "meant", "that", "this", "thing", "things", "please", "them", "those", "just",
    }
)  # fmt: skip
_CHOICE_EVERY = frozenset({"both", "all", "each", "all two"})
_ORDINALS = {
    "first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "latter": -1, "third": 2,
    "3rd": 2, "last": -1, "fourth": 3, "4th": 3, "fifth": 4, "5th": 4, "sixth": 5, "6th": 5,
}  # fmt: skip
# Answers that ask for the options "…, and one more" did not name: one ("the other one", "the
# one more") or all of them ("the others", "the rest of them").
_REST_IGNORED = frozenset(
    {"the", "a", "an", "i", "mean", "meant", "please", "just", "that", "one", "of", "them", "oh"}
)
_REST_ONE = frozenset({"other", "another", "more", "remaining", "final", "extra", "other thing"})
_REST_ALL = frozenset(
    {"others", "other ones", "rest", "remaining ones", "all others", "all other ones",
     "other things", "all rest"}
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def _without_interjections(words: list[str]) -> list[str]:
    """ "actually no they" -> "they": what comes before a correction is not the item."""
    while len(words) > 1:
        if " ".join(words[:2]).lower() in _INTERJECTIONS:
            words = words[2:]
        elif words[0].lower() in _INTERJECTIONS:
            words = words[1:]
        else:
            break
    return words


def _singular(word: str) -> str:
    if word in _SINGULAR_S:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def _owner_end(words: list[str]) -> int | None:
    """The index of the word that ends whose a thing is: "tom's" of "tom's bike", "anna's" of
    "tom and anna's car" (names joined by "and" before the "'s"); None when no one's."""
    for index, word in enumerate(words[:5]):
        if word.endswith("'s"):
            return index
        if (word == "and") != (index % 2 == 1):
            return None
    return None


def _head_noun(words: list[str]) -> str:
    """The noun that counts for agreement: the last word before a joining word or a clause
    ("books" of "books my sister lent me", "keys" of "keys to the car"), else the last."""
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        if word in _JOINING or (word in _CLAUSE_STARTS and before not in _JOINING | {"and", "or"}):
            return before
    return words[-1]


def _part_of_day(hour: int) -> str:
    if hour < 5:
        return "night"
    if hour < 12:
        return "morning"
    if hour < 17:
        return "afternoon"
    return "evening"


def _long_ago(days: int) -> str:
    """A week or more, rounded as people round it: 12 days is "2 weeks", 364 days "a year"."""
    if days < 60:
        weeks = round(days / 7)
        return "a week ago" if weeks == 1 else f"{weeks} weeks ago"
    if days < 350:
        return f"{round(days / 30.44)} months ago"
    years = max(1, round(days / 365.25))
    return "a year ago" if years == 1 else f"{years} years ago"


class English:
    code = "en"

    # understanding

    def clean_item(self, text: str) -> str:
        """The item as the user named it, minus "my"/"the" before and "again"/"please" after."""
        words = _without_interjections(_squash(text).split())
        while len(words) > 1 and words[0].lower() in _LEADING:
            words = words[1:]
        if len(words) == 1 and words[0].lower() in _LEADING | {"something", "anything"}:
            return ""  # "where is my", "remember something": no item was named
        item = " ".join(words)
        for tail in _TRAILING:
            if item.lower().endswith(" " + tail):
                item = item[: -len(tail) - 1]
        return item

    def clean_location(self, text: str) -> str:
        words = _squash(text).split()
        # "sorry, in my backpack", "um on the hook": a filler before a place is no part of it
        while (
            len(words) > 1
            and words[0].lower() in _INTERJECTIONS
            and (words[1].lower() in _PLACE_STARTS or words[1].lower() in _INTERJECTIONS)
        ):
            words = words[1:]
        location = " ".join(words)
        for verb in ("is ", "are ", "it's ", "it is ", "they're ", "they are "):
            if location.lower().startswith(verb):
                location = location[len(verb) :]
        changed = True
        while changed:
            changed = False
            for lead in _PLACE_LEADING:
                if location.lower().startswith(lead) and len(location) > len(lead):
                    location, changed = location[len(lead) :], True
            for tail in _PLACE_TRAILING:
                if location.lower().endswith(tail) and len(location) > len(tail):
                    location, changed = location[: -len(tail)], True
        return location

    def names_a_place(self, text: str) -> bool:
        """Whether a phrase starts as a place does, with a preposition of place ("in the
        garage", "under the bed", "at home"): "the weather like" does not."""
        words = _squash(text).lower().split()
        return bool(words) and words[0] in _PREPOSITIONS_OF_PLACE

    def asked_back(self, location: str) -> tuple[str, bool]:
        """The words of a cut-off place to ask back, and whether they end in "where"."""
        return asked_back(location, "and", "between", frozenset({"where", "wherever"}))

    def completed_place(self, begun: str, answer: str) -> str:
        """The answer to "On the what?" with the words asked back: "the table" -> "on the
        table", "lamp" after "next to the" -> "next to the lamp"; an answer with its own
        preposition ("in the drawer") is the place as said."""
        said = self.clean_location(answer)
        words = said.lower().split()
        if not words or words[0] in _PREPOSITIONS_OF_PLACE:
            return said
        start = _squash(begun).split()
        if words[0] in _DETERMINERS:
            while start and start[-1].lower() in _DETERMINERS:
                start.pop()  # "next to the" + "the lamp"
        return " ".join([*start, said])

    def corrected_place(self, said: str, previous: str | None) -> str:
        """The place a correction names ("no, I meant the blue drawer"), with the preposition
        of the place it corrects when it has none ("in the red drawer" -> "in the blue
        drawer"); "not the red drawer, the blue drawer" is the blue drawer."""
        place = self.clean_location(settled_place(_squash(said), _SETTLING, _PLACE_PREPOSITIONS))
        words = place.lower().split()
        if not words or words[0] in _PLACE_STARTS:
            return place
        usual = self._usual_preposition(place)  # "the table" is "on", whatever came before
        if usual:
            return f"{usual} {place}"
        first = (previous or "").lower().split()[:1]
        return f"{first[0]} {place}" if first and first[0] in _SIMPLE_PREPOSITIONS else place

    def _usual_preposition(self, place: str) -> str | None:
        """ "on" for "the kitchen table", "in" for "my bag"; None when the noun says neither."""
        words = place.lower().split()
        head = next((i for i, word in enumerate(words) if word in _PREPOSITIONS_OF_PLACE), None)
        noun = _singular((words[:head] if head else words)[-1]) if words else ""
        if noun in _ON_NOUNS:
            return "on"
        return "in" if noun in _IN_NOUNS else None

    def key(self, item: str) -> str:
        """A note's identity: the cleaned item, case and spacing ignored ("Car  Keys")."""
        return " ".join(item.casefold().split())

    def fold(self, key: str) -> str:
        """A lookup form that forgives number: "car keys" and "car key" fold alike."""
        return " ".join(_singular(word) for word in key.lower().split())

    def is_plural(self, item: str) -> bool:
        """ "keys", "children", "books my sister lent me", "keys to the car" (the noun before a
        clause or a joining word decides); anything with "and" in it: "salt and pepper", "keys
        and my wallet" (several items, said together) are "are"; but an "and" in whose it is
        counts only the thing: "tom and anna's car", "mom and dad's album" are one."""
        words = _squash(item).lower().split()
        owner = _owner_end(words)
        if owner is not None and owner + 1 < len(words):
            words = words[owner + 1 :]
        if not words:
            return False
        if "and" in words[1:-1]:
            return True
        head = _head_noun(words)
        return head in _IRREGULAR_PLURALS or _singular(head) != head

    def split_items(self, text: str) -> list[str]:
        """The items one phrase names: "keys and my wallet" -> "keys", "my wallet"."""
        return split_items(text, _ITEM_POSSESSIVES, _JOINING, "and", _AND_FILLERS, _PLACE_ARTICLES)

    def choose(self, answer: str, options: Sequence[str]) -> list[str]:
        """What an answer to "Which do you mean: …?" picks ("both", "the first one", "the car
        ones")."""
        return choose(
            _squash(answer), options, self.fold, _CHOICE_IGNORED, _CHOICE_EVERY, _ORDINALS
        )

    def rest_wanted(self, answer: str, named: int, total: int | None = None) -> str:
        """ "all" for "the others", "one" for "the other one" or "the fourth one" of three
        named, else "" (see `common.rest_wanted`)."""
        return rest_wanted(
            _squash(answer), named, _REST_IGNORED, _REST_ONE, _REST_ALL, _ORDINALS, total
        )

    def tells_another_item(self, location: str) -> bool:
        """Whether a place goes on to say where another item is ("… and my wallet is in …");
        "between the sofa and my bed" and "where my car is parked" are one place each."""
        said = _BETWEEN.sub(r"between \1& ", _squash(location))
        said = _WHERE_CLAUSE.sub(r"\1 \2=", said)
        return bool(_ANOTHER_ITEM_IN_PLACE.search(said))

    def item_tells_a_place(self, item: str) -> bool:
        """Whether an "item" already says where something is ("keys are in the drawer and my
        phone", "on the table and my keys"): two statements the model heard as one item and
        one place."""
        said = _squash(item)
        words = said.lower().split()
        place_first = (
            len(words) > 2
            and words[0] in _PREPOSITIONS_OF_PLACE
            and words[1] in _DETERMINERS
            and "and" in words[2:]
        )
        return place_first or bool(_ITEM_WITH_A_VERB.search(said))

    def without_opening(self, text: str) -> str:
        """The item without a request or a pause before it ("could you remember my keys",
        "hang on, my keys")."""
        return _REQUEST_OPENING.sub("", _squash(text), count=1)

    def starts_like_place(self, text: str) -> bool:
        """Whether a phrase can be a place: a place word or a determiner first ("that's it
        thanks" cannot; "that's my bag" can)."""
        words = _squash(text).lower().split()
        return bool(words) and (
            words[0] in _PLACE_STARTS or words[0] in _DETERMINERS or words[0].endswith("'s")
        )

    def finished_place(self, location: str) -> str:
        """The place without a trailing "and" ("on the hook and" -> "on the hook"); "" when it
        was cut off before its noun ("in the", "on", "next to", "in the and")."""
        words = _squash(location).split()
        while words and words[-1].lower() in _PLACE_CONJUNCTIONS:
            words.pop()
        lowered = [word.lower() for word in words]
        if not words or lowered[-1] in _CUT_OFF_LAST or set(lowered) <= _CUT_OFF_WORDS:
            return ""
        if lowered[-1] in ("where", "wherever"):  # "parked where"
            return ""
        if (
            len(lowered) > 1
            and lowered[-2] in _PLACE_CONJUNCTIONS
            and (lowered[-1] in _PREPOSITIONS_OF_PLACE)
        ):  # "in the car and on"
            return ""
        if lowered[0] == "between" and "and" not in lowered[1:]:  # "between the sofa (and)"
            return ""
        return " ".join(words)

    def without_time(self, item: str) -> str:
        """The item of a question without a time said after it ("toque on Tuesday", "keys last
        night" -> "toque", "keys"); as it is when the time is tied to the name ("the paper from
        yesterday") or nothing else is left."""
        found = re.match(_TIME_AFTER_ITEM, _squash(item))
        if not found or found["item"].split()[-1].lower() in _TIME_TIES | _LEADING:
            return item
        return found["item"]

    def is_pronoun(self, text: str) -> bool:
        return " ".join(_without_interjections(_squash(text).lower().split())) in _PRONOUNS

    def is_non_answer(self, text: str) -> bool:
        said = _squash(text).lower().replace("’", "'").rstrip(".?!")
        return bool(_NON_ANSWER.match(said) or _NEGATED_PLACE.match(said))

    def is_pause(self, text: str) -> bool:
        """Whether an answer is a pause, not a place ("um", "hang on", "let me think")."""
        return bool(_STALLING.match(_squash(text).lower().replace("’", "'").rstrip(".?!")))

    def is_question(self, text: str) -> bool:
        """Whether an "item" is really a question ("what", "do you know if my keys"); "can
        opener" and "check book" are things."""
        words = _squash(text).lower().split()
        if not words or words[0] not in _QUESTION_WORDS:
            return False
        if len(words) == 1:
            return words[0] in _WH_WORDS  # "check" and "can" alone are things
        return words[1] in _QUESTION_FOLLOWERS

    def names_a_thing(self, text: str) -> bool:
        """Whether a phrase said on its own reads as a thing: "my keys", "passport", "keys and my
        wallet", "the book my sister lent me"; not a request to someone ("sing you a song", "tell
        me a joke": a "you" or "me" before any "the" or "my"), a command Alexa knows ("play
        music", "set a timer") or a question."""
        words = _squash(text).lower().split()
        if not words or self.is_question(text) or words[0] in _COMMANDS:
            return False
        return not _ADDRESSING & set(takewhile(lambda word: word not in _DETERMINERS, words))

    def is_done(self, text: str) -> bool:
        """Whether a phrase says the user is done ("that's it", "that's all")."""
        said = _squash(text).lower().replace("that's", "that is")
        return said in ("that is it", "that is all", "that was it", "that is everything")

    def is_negation(self, text: str) -> bool:
        """Whether a phrase starts with "no" ("no that's it")."""
        words = _squash(text).lower().split()
        return bool(words) and words[0] in _NEGATIONS

    def is_dismissal(self, text: str) -> bool:
        """Whether "forget <text>" means "never mind" rather than a note ("forget it", "forget
        it please", "just forget it")."""
        words = [w for w in _squash(text).lower().split() if w not in _DISMISSAL_FILLERS]
        return " ".join(words) in _DISMISSALS

    def means_everything(self, text: str) -> bool:
        words = _squash(text).lower().split()
        while words and words[0] in ("my", "the", "of", "your"):
            words = words[1:]
        return " ".join(words) in _EVERYTHING

    # speaking

    def tidy(self, sentence: str) -> str:
        """A sentence as said: "Your his passport is …" -> "His passport is …", "Your the book
        your sister lent you is …" -> "The book …", "Your Tom's bike" -> "Tom's bike"."""
        sentence = _YOUR_BEFORE_DETERMINER.sub(
            lambda match: match[2].capitalize() if match[1][0].isupper() else match[2], sentence
        )
        return _YOUR_BEFORE_NAME.sub("", sentence)

    def flip(self, text: str) -> str:
        """The user's words from Memory Keeper's side: "my bag" -> "your bag"."""
        return " ".join(_FLIP.get(word.lower(), word) for word in text.split())

    def place(self, location: str) -> str:
        """A place as it can follow "is": "the kitchen drawer" -> "in the kitchen drawer"."""
        words = location.split()
        if not words:
            return location
        first, lowered = words[0].lower(), location.lower()
        if first in ("to", "into") and len(words) > 1:
            rest = " ".join(words[1:])
            usual = (self._usual_preposition(rest) if first == "to" else None) or "in"
            location, first = f"{usual} {rest}", usual
        elif first == "onto" and len(words) > 1:
            location, first = "on " + " ".join(words[1:]), "on"
        if first in _PLACE_STARTS:
            phrase = location
        elif lowered in _AT_PLACES or (first.endswith("'s") and words[-1].lower() in _HOMES):
            phrase = "at " + location
        elif first in _DETERMINERS or first.endswith("'s"):
            phrase = f"{self._usual_preposition(location) or 'in'} {location}"  # "on the table"
        else:
            phrase = f"{self._usual_preposition(location) or 'in'} the {location}"
        return self.flip(phrase)

    def place_phrases(self, location: str) -> list[tuple[str, tuple[str, ...]]]:
        """A place as its phrases, each a preposition in one form and its words without
        articles, folded: "inside the top drawers of the desk" -> [("in", ("top", "drawer")),
        ("of", ("desk",))]."""
        return place_phrases(
            self.place(location), _PLACE_PREPOSITIONS, _SAME_PREPOSITION, _PLACE_ARTICLES, self.fold
        )

    def is_place_modifier(self, word: str) -> bool:
        """Whether a (folded) word only says which one ("top" of "the top drawer")."""
        return word in _PLACE_MODIFIERS

    def agreement(self, item: str) -> dict[str, str]:
        """The item as said after "your" (`said_item`) and the words that agree with it: "your
        keys are / they were / put them away"."""
        said = {"item": self.said_item(item)}
        if self.is_plural(item):
            return {**said, "verb": "are", "pronoun": "they", "past": "were", "object": "them"}
        return {**said, "verb": "is", "pronoun": "it", "past": "was", "object": "it"}

    def said_item(self, item: str) -> str:
        """An item from the user's side, as it follows "your" in a template (`tidy` drops that
        "your" where it does not belong): "mum's ring" -> "mum's ring" (your mum's ring);
        "tom's bike" -> "Tom's bike", a person's own; "book my sister lent me" -> "the book your
        sister lent you", which "your" would make "your book your sister lent you"."""
        words = self.flip(item).split()
        if not words:
            return ""
        first = words[0]
        owner = _owner_end([word.lower() for word in words])
        if owner is not None:
            owners = [word.lower().removesuffix("'s") for word in words[: owner + 1]]
            names = [word for word in owners if word != "and"]
            if not set(names) & (_YOUR_PEOPLE | _LEADING | _TIMES):
                # "Tom's bike", "Tom and Anna's car": a person's own, with its capitals
                named = [word if word == "and" else word[:1].upper() + word[1:] for word in words]
                return " ".join([*named[: owner + 1], *words[owner + 1 :]])
        said = " ".join(words)
        whose = owner is not None or first.lower() in _OWNERS  # "his keys i found"
        return f"the {said}" if self._has_clause(item) and not whose else said

    def _has_clause(self, item: str) -> bool:
        """Whether a relative clause follows the item's noun: "book my sister lent me", "keys
        that open the shed"; not "charger for my phone", "keys and my wallet", "his passport"."""
        words = _squash(item).lower().split()
        return any(
            word in _CLAUSE_STARTS and before not in _JOINING | {"and", "or"}
            for before, word in pairwise(words)
        )

    def when(self, then: datetime, now: datetime, earlier: bool = False) -> str:
        """How long ago, as a person says it; both times in the user's own time zone. `earlier`:
        the time of a place that no longer holds ("it was in the drawer a moment ago", not
        "… just now")."""
        if minutes_between(then, now) < 60:
            return self.ago(then, now, earlier)
        days = (now.date() - then.date()).days
        part = _part_of_day(then.hour)
        if days <= 0:
            if part == "night":
                return "earlier tonight" if now.hour < 5 else "last night"
            return f"this {part}"
        if days == 1:
            if then.hour >= 21:
                return "last night"
            return "yesterday" if part == "night" else f"yesterday {part}"
        if days < 7:
            return f"on {_WEEKDAYS[then.weekday()]}"
        return _long_ago(days)

    def ago(self, then: datetime, now: datetime, earlier: bool = False) -> str:
        """How long ago as a duration only, true in any time zone ("3 hours ago", "a day ago"):
        what is said when the user's zone is unknown."""
        minutes = minutes_between(then, now)
        if minutes < 2:
            return "a moment ago" if earlier else "just now"
        if minutes < 60:
            return f"{minutes} minutes ago"
        hours = round(minutes / 60)
        if hours < 24:
            return "an hour ago" if hours == 1 else f"{hours} hours ago"
        days = round(minutes / 1440)
        if days < 7:
            return "a day ago" if days == 1 else f"{days} days ago"
        return _long_ago(days)

    def join(self, parts: Sequence[str], conjunction: str = "and") -> str:
        """ "a", "a and b", "a, b, and c" (or "a, b, or c")."""
        if len(parts) <= 1:
            return "".join(parts)
        if len(parts) == 2:
            return f"{parts[0]} {conjunction} {parts[1]}"
        return ", ".join(parts[:-1]) + f", {conjunction} {parts[-1]}"

    def count(self, n: int) -> str:
        return "one thing" if n == 1 else f"{n} things"

    def number(self, n: int) -> str:
        """ "one" (as in "and one more"), else the figure."""
        return "one" if n == 1 else str(n)


GRAMMAR = English()

STRINGS: dict[str, str] = {
    "welcome_new": (
        "Welcome to Memory Keeper. I remember where you put things. "
        "For example, say: my passport is in the top drawer. "
        "What would you like me to remember?"
    ),
    "welcome_back": "Welcome back. {count_phrase} What would you like to do?",
    "welcome_back_empty": (
        "Welcome back. You haven't got anything saved right now. "
        "What would you like me to remember?"
    ),
    "offer_resume": (
        "Welcome back. Last time you were telling me where your {item} {verb}. Want to finish that?"
    ),
    "offer_resume_no_item": (
        "Welcome back. Last time you were telling me about something you put away. "
        "Want to finish that?"
    ),
    "offer_resume_reprompt": "Do you want to finish telling me about your {item}?",
    "offer_resume_no_item_reprompt": "Do you want to finish what you started last time?",
    "resume_declined": "Okay, let's leave that. What would you like to do?",
    "count_one": "You've saved one thing.",
    "count_many": "You've saved {count} things.",
    "ask_item": "What would you like me to remember?",
    "ask_item_reprompt": "What's the thing you want me to remember? For example: my passport.",
    "ask_which": "Which thing do you mean?",
    "ask_which_reprompt": "Which thing do you mean? For example: my keys.",
    "ask_which_of": "Which do you mean: {options}?",
    "ask_which_of_reprompt": "Do you mean {options}?",
    "ask_which_of_many": (
        "I know {count_things} that could be your {item}: {named}. Which do you mean? "
        "You can also say: all of them."
    ),
    "ask_which_of_many_them": (
        "You could mean {count_things}: {named}. Which do you mean? You can also say: all of them."
    ),
    "ask_which_of_many_reprompt": "Which do you mean: {named}? You can also say: all of them.",
    "ask_which_of_only": "Which do you mean: {named}?",
    "which_the_others": "The others are: {named}. Which do you mean?",
    "which_more_one": "one more",
    "which_more": "{rest} more",
    "which_changed": "Those notes have changed in the meantime.",
    "which_again": "Sorry, I couldn't tell which one you mean.",
    "which_one_at_a_time": "I erase things for good one at a time.",
    "what_next": "Okay. What would you like to do?",
    "never_mind": "Okay, never mind.",
    "ask_location": "Where {verb} your {item}?",
    "ask_location_reprompt": "Where did you put your {item}?",
    "saved": "Got it. Your {item} {verb} {place}.",
    "saved_several": "Got it: {items} are {place}.",
    "ask_location_several": "Where are {items}?",
    "ask_location_several_reprompt": "Where did you put {items}?",
    "one_at_a_time": (
        "Sorry, I can only take one place at a time, so I haven't saved anything. "
        "Tell me one thing at a time, for example: my keys are in the drawer."
    ),
    "moved": "Got it. Your {item} {verb} {place} now. Before, {pronoun} {past} {previous}.",
    "correct_how": (
        "Sorry, I'm not sure which thing to move. Say the whole thing, for example: "
        "my keys are {place}."
    ),
    "correct_example_place": "in the blue drawer",
    "unchanged": "I already have that: your {item} {verb} {place}.",
    "take_your_time": "Take your time.",
    "unfinished_place": "{place} what?",
    "unfinished_where": "{place}?",
    "not_saved": "That's okay, I haven't saved anything.",
    "not_saved_item": (
        "That's okay, I haven't saved anything. When you know where your {item} {verb}, "
        "just tell me."
    ),
    "recall": "Your {item} {verb} {place}. You told me that {when}.",
    "recall_place": "Your {item} {verb} {place}.",
    "recall_was_there": (
        "Your {item} {past} {old_place} {then}. Now {pronoun} {verb} {place}; you told me that "
        "{when}."
    ),
    "recall_several": "{Items} are {place}. You told me that {when}.",
    "recall_place_several": "{Items} are {place}.",
    "recall_told_both": "You told me both {when}.",
    "recall_told_all": "You told me all that {when}.",
    "recall_all_first": "Here's where all {count} are: {entries}",
    "history_one_at_a_time": "I can tell you where things were one at a time.",
    "recall_forgotten": (
        "You asked me to forget your {item} {when}. Before that, {pronoun} {past} {place}."
    ),
    "recall_unknown": (
        "I don't know where your {item} {verb} yet. When you put {object} away, tell me, "
        "for example: my {item} {verb} in the top drawer."
    ),
    "check_yes": "Yes, your {item} {verb} {place}. You told me that {when}.",
    "check_yes_several": "Yes.",
    "place_items": "Here's what you've told me is {place}: {entries}.",
    "place_entry": "your {item} {place}",
    "place_first": (
        "You've told me about {count_things} {place}. In the order you told me: {entries}"
    ),
    "place_empty": "You haven't told me about anything {place}.",
    "ask_place": "Which place do you mean? Ask me, for example: what's in the garage?",
    "ask_place_reprompt": "Ask me about a place, for example: what's in the garage?",
    "history_none": ("I only know one place for your {item}: {place}. You told me that {when}."),
    "history": "Your {item} {verb} {place} now. Before that, {pronoun} {past} {places}.",
    "history_group": "{places} {when}",
    "history_before": ", and before that {group}",
    "forgotten": ("Okay, I've forgotten where your {item} {verb}. Say undo if that was a mistake."),
    "forget_unknown": "I don't have anything saved for your {item}.",
    "forgotten_several": (
        "Okay, I've forgotten where {items} are. Say undo to bring them back, one at a time."
    ),
    "forget_already": "I've already forgotten your {item}.",
    "forget_too_many": (
        "That's {count} things, more than undo could bring back, so I haven't forgotten any. "
        "Tell me up to {limit} at a time, or say: forget everything."
    ),
    "forgotten_completely": "Done. I've erased your {item} and every place you told me, for good.",
    "erase_only_by_name": (
        "The only note that fits is your {found}. If you want that erased for good, say its full "
        "name."
    ),
    "undone_remember": "Undone. I've taken back the note that your {item} {verb} {place}.",
    "undone_remember_back": "Undone. Your {item} {verb} {place} again, not {taken_back}.",
    "undone_forget": "Undone. I remember your {item} again: {pronoun} {verb} {place}.",
    "nothing_to_undo": "There's nothing to undo.",
    "list_empty": "You haven't told me about anything yet. Try saying: my keys are on the hook.",
    "list_all": "You've told me about {count_things}: {entries}.",
    "list_first": "You've told me about {count_things}. The most recent: {entries}",
    "list_next": "Next: {entries}",
    "list_more": "…and {remaining} more. Want to hear more?",
    "list_more_reprompt": "Do you want to hear more?",
    "list_done": "That's everything.",
    "list_entry": "your {item} {verb} {place}",
    "list_option": "your {item}",
    "confirm_erase": (
        "This erases everything you've told me, and it can't be undone. "
        "Are you sure you want me to forget everything?"
    ),
    "confirm_erase_reprompt": "Please say yes or no: should I forget everything you've told me?",
    "erase_nothing": "There's nothing to forget.",
    "erased": "Done. I've forgotten everything you told me.",
    "erase_kept": "Okay, I'll keep everything.",
    "help": (
        "I remember where you put things. Say, for example: {example_remember}. "
        "Later, ask: {example_recall}? Or: {example_check}? Or: {example_place}? You can also "
        "ask: {example_list}? Or: {example_history}? Or say: {example_forget}. "
        "If I get something wrong, say: {example_undo}. What would you like to do?"
    ),
    # Phrases the help teaches; a test proves each is understood by the interaction model.
    "example_remember": "my passport is in the top drawer",
    "example_recall": "where is my passport",
    "example_check": "is my passport in the drawer",
    "example_place": "what's in the garage",
    "example_list": "what do you remember",
    "example_history": "where was my passport before",
    "example_forget": "forget my passport",
    "example_undo": "undo",
    "help_location": (
        "I'm saving where your {item} {verb}. Tell me the place, like: in the top drawer."
    ),
    "help_item": "Tell me the thing, like: my passport.",
    "help_which": "You've told me about more than one thing with that name.",
    "help_erase": (
        "If you say yes, I'll erase everything you've told me, for good. "
        "If you say no, I'll keep it."
    ),
    "help_more": "I'm reading what you've told me, a few at a time.",
    "help_resume": "Last time, you started telling me where something is.",
    "help_forget": (
        "If you say yes, I'll forget where your {item} {verb}. If you say no, I'll keep it."
    ),
    "confirm_forget": "Do you want me to forget where your {item} {verb}?",
    "confirm_forget_reprompt": "Should I forget where your {item} {verb}? Please say yes or no.",
    "forget_kept": "Okay, I'll keep your {item}.",
    "fallback": (
        "Sorry, I didn't get that. You can tell me where you put something, or ask me "
        "where something is. What would you like to do?"
    ),
    "fallback_short": "Sorry, I didn't get that.",
    "finish_first": "Let's finish this first.",
    "nothing_more": "There's nothing more to read right now. What would you like to do?",
    "nothing_to_repeat": "I haven't said anything yet. What would you like to do?",
    "start_over": "Okay, let's start over. What would you like to do?",
    "goodbye": "Goodbye.",
    "thanks_goodbye": "You're welcome. Goodbye.",
    "anything_else": "Anything else?",
    "reprompt": (
        "You can tell me where you put something, or ask me where something is. "
        "What would you like to do?"
    ),
    "too_long_item": "That name is a bit long for me. What's a shorter name for it?",
    "too_long_item_reprompt": "What's a short name for the thing, in a few words?",
    "too_long_location": "That place is a bit long for me. Can you say where it is in a few words?",
    "too_long_location_reprompt": "Where is it, in a few words?",
    "notebook_full": (
        "You've already got {limit} things saved, which is as many as I can keep. "
        "Forget something first, then try again."
    ),
    "memory_full": "Your memory is full, so I couldn't save that. Forget something first.",
    "save_conflict": "Sorry, I couldn't save that just now.",
    "save_unsure": (
        "Sorry, I'm not sure that was saved: my notes didn't answer in time. "
        "In a moment, could you say that again, so I can check?"
    ),
    "saved_after_all": "I've checked: that was saved after all, so there's nothing more to do.",
    "lost_write": (
        "Sorry, I lost what you told me about {items} {when}: another change to your notes "
        "arrived at the same time and replaced it. Please tell me again."
    ),
    "lost_erase": (
        "Sorry, when you asked me to forget everything {when}, another change to your notes "
        "arrived at the same time, and your notes are back. Say forget everything again if you "
        "still want them gone."
    ),
    "store_unavailable": "Sorry, I can't reach my notes right now. Please try again later.",
    "error": "Sorry, something went wrong on my side.",
    "what_now": "What would you like to do?",
    "and": "and",
    "or": "or",
    "card_title": "Memory Keeper",
    "card_title_item": "Your {item}",
    "card_list_title": "What you've told me",
    "card_more": "…and {remaining} more.",
}
