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
    {"my", "the", "a", "an", "our", "your", "its", "some", "that", "this", "these", "those",
     "me"}  # "me keys": "my" as many say it in Britain, Ireland and Australia
)  # fmt: skip
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
    # particles of a verb left with the thing: "the christmas decorations away", "the tent back"
    "back",
    "aside",
    "out",
    "down",
    "somewhere",
    "somewhere safe",
    "for safekeeping",
    "for safe keeping",
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
        "whole lot", "lot", "the whole lot",
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
    r"^(?:(?:(?:would|could|can|will) you (?:please |mind |)?|would you mind |please |kindly "
    r"|do |just )?(?:remember|remembering|note|noting|make a note|keep in mind|keep track)"
    r"(?: for me| this| this one)?(?: that)?|did you know(?: that)?"
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


# Said around a note, how sure the user is: kept with the note and said back ("Your remote is
# probably under the couch."), never dropped and never stored as part of the place. Each is said
# back as one of two words.
_HEDGES = {
    "probably": "probably", "maybe": "maybe", "perhaps": "maybe", "possibly": "maybe",
    "i think": "probably", "i think it's": "probably", "i think it is": "probably",
    "i think they're": "probably", "i think they are": "probably", "i guess": "probably",
    "i believe": "probably", "i reckon": "probably", "i suppose": "probably",
    "pretty sure": "probably", "i'm pretty sure": "probably", "i am pretty sure": "probably",
    "i'm fairly sure": "probably", "i am fairly sure": "probably", "most likely": "probably",
    "likely": "probably", "if i remember right": "probably",
    "if i remember correctly": "probably", "i'm not sure but": "maybe",
    "i am not sure but": "maybe", "not sure but": "maybe", "might be": "maybe",
    "could be": "maybe", "or so": "probably", "i'd say": "probably", "i would say": "probably",
    "i think so": "probably", "i'm not sure": "maybe", "i am not sure": "maybe",
    "not sure": "maybe", "if i'm not mistaken": "probably", "i believe so": "probably",
    "from memory": "probably", "i'm guessing": "probably",
}  # fmt: skip
_HEDGE_PATTERN = re.compile(
    r"^(?:(?P<lead>"
    + "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True))
    + r")\b,?\s*)?(?P<rest>.*?)(?:,?\s*\b(?P<tail>"
    + "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True))
    + r"))?$",
    re.IGNORECASE,
)
# Words before a place that only say how it got there: "back in the box", "up in the loft",
# "over by the door", "out in the shed", "all the way at the back".
_PARTICLES = frozenset(
    {"back", "away", "up", "down", "out", "over", "right", "all", "the", "way", "off", "along",
     "round", "around", "just", "safely", "neatly"}
)  # fmt: skip
_PARTICLE_RUN = re.compile(
    r"^(?:(?:back|away|up|down|out|over|right|off|along|round|safely|neatly|all the way|there"
    r"|here|in(?=\s+(?:on|at|by|under|behind|next|near|beside|above|below|between)\b))\s+)+"
    r"(?=(?:in|on|under|underneath|behind|by|beside|next|near|at|inside|outside|above|below"
    r"|between|against|into|onto|to|across|along|there|here|upstairs|downstairs|with)\b)",
    re.IGNORECASE,
)
# A second clause that puts it somewhere else: "(I took the sim card) out of the old phone and
# kept it in my purse" ends in the purse.
_LATER_PLACE = re.compile(
    r"^.+?\s+and\s+(?:then\s+)?(?:i\s+|i've\s+)?(?:put|kept|left|placed|stuck|dropped|hung"
    r"|stored|popped|shoved|moved|plugged|locked|hid|stashed|tossed|threw|chucked|set|packed"
    r"|tucked|filed)\s+(?:it|them|those|that|these|this)\s+"
    r"(?=(?:back\s+|away\s+|up\s+|down\s+)?(?:in|on|under|underneath|behind|by|beside|next"
    r"|near|at|inside|into|onto|in between|between)\b)",
    re.IGNORECASE,
)
# What it is there for, before where: "(plugged the ipads) in to charge on the counter".
_PURPOSE = re.compile(
    r"^(?:in\s+|out\s+|up\s+)?to\s+(?:charge|dry|dry off|cool|cool down|defrost|soak|thaw|drain"
    r"|air|air out|warm up|heat up|keep warm|keep cool|keep safe|be safe)\s+"
    r"(?=(?:in|on|under|by|at|next|near|beside|behind|inside|over|above)\b)",
    re.IGNORECASE,
)
# A route: "from the desk to the filing cabinet" is the filing cabinet.
_ROUTE = re.compile(
    r"^from\s+.+?\s+(?=(?:to|into|onto|over to|back to|up to|down to|in|on)\s)", re.IGNORECASE
)
_ROUTE_IN_ITEM = re.compile(
    r"\s+(?:from|off|out of)\s+(?:the|my|our|his|her|their|a)\s+.+$", re.IGNORECASE
)
# A hedge said between two parts of a place: "on level 3 I think near stairwell B".
_HEDGE_INSIDE = re.compile(
    r"\s+(?:i think|i guess|i reckon|probably|maybe)\s+(?=(?:near|by|next|in|on|at|behind"
    r"|beside|under|opposite|outside|inside|close)\b)",
    re.IGNORECASE,
)
# Words after a thing or a place that are not part of it: a time or how long ("for the week",
# "till Friday", "this morning"), whom the user talks to ("mate"), thanks.
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:for|till|til|until|through|over)\s+(?:now|the (?:week|weekend|day|summer|winter|"
    r"month|year|night|holidays?)|a (?:while|bit|week|few days|couple of days|day)|a few \w+"
    r"|next \w+|this \w+|tomorrow|tonight|\w+day|the time being)"
    r"|this (?:morning|afternoon|evening|week|arvo|avo)|last night|the other day"
    r"|(?:a|an|one|two|three|a few|a couple of) (?:minutes?|hours?|days?|weeks?) ago"
    r"|today|tonight|tomorrow|yesterday|earlier(?: today| on)?|just now|right now)$",
    re.IGNORECASE,
)
_VOCATIVES = re.compile(
    r"(?:,?\s+(?:mate|love|pal|buddy|dude|man|alexa|thanks|thank you|cheers|ta|luv|darling))+$",
    re.IGNORECASE,
)
# "I charged the drill and then set it …", "the lightbulbs I keep those …": the thing is what
# the first verb was done to, or what the clause after it points back to.
_DONE_TO = re.compile(
    r"^(?:(?:i|we)(?:'ve| have)?\s+)?(?:\w+ed|took|got|put|left|set|found|brought|bought|took)\s+"
    r"(?P<item>.+?)(?:\s+(?:out|off|up|down|back))?(?:\s+(?:out of|out|off|from)\s+.+?)?"
    r"\s+and\s+(?:then\s+)?"
    r"\w+(?:\s+(?:away|up|back))?\s+(?:it|them)$",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\s+(?:i|we)(?:'ve| have| had| am|'m| always| usually)?\s+(?:\w+(?:\s+(?:away|up|back))?"
    r"\s+(?:it|them|that|those|this|these)|(?:keep|kept|put|store|stored|leave|left|stash"
    r"|hide|hid|usually keep|always keep))$"
    r"|\s+(?:i|we)(?:'ve| have| had)\s+\w+$",  # "the spare key I have hidden"
    re.IGNORECASE,
)
_AND_DID_IT = re.compile(
    r"\s+and\s+(?:then\s+)?\w+(?:\s+(?:away|up|back))?\s+(?:it|them)$", re.IGNORECASE
)
_ON_COMPOUNDS = ("shelf", "table", "counter", "desk", "stand", "rack", "board")
_MID_PARTICLE = re.compile(
    r"\s(?:up|down|out|over|back|right)\s+(?=(?:in|on|under|behind|by|beside|next|near|at"
    r"|inside|above|below|between)\b)",
    re.IGNORECASE,
)
# "carried the box fan …", "I relocated the photo albums …", "me and my husband put the good
# china …": a past verb before the thing, which the model left in the item.
_PAST_VERB = re.compile(
    r"^(?:(?:i|we|me and my \w+|my \w+ and i|just|finally|also|have|had|'ve|i've|we've)\s+)*"
    r"(?:\w+ed|put|left|hid|slid|stuck|hung|threw|took|brought|kept|keep|store|stash|set|laid|got"
    r"|gave|lent"
    r"|leant|stuck|shoved|popped|chucked|dumped|flung|tossed|bunged|sold|found|bought|dropped)"
    r"\s+(?=(?:the|my|our|his|her|their|a|an|me|some|all)\s)",
    re.IGNORECASE,
)
# What comes before the thing in a request to remember it: "could you remember for me that",
# "would you mind remembering that", "ok memory keeper listen", "here's one for you".
_PREAMBLE = re.compile(
    r"^(?:.*?\b(?:remember|remembering|note|noting|know|mind|save|record|track|mention|tell you)"
    r"\b.*?\bthat\s+(?=(?:the|my|our|his|her|their|me|a|an|i|we)\b)"
    r"|(?:(?:yo|hey|hi|right|mate|listen|ok|okay|so|alright|well|oh|and|also|memory keeper"
    r"|remember|please remember|just remember|remember that"
    r"|alexa|here'?s one for you|here is one for you|here'?s another one|here is another one"
    r"|one more thing|another one|one more|quick one|note to self|for the record"
    r"|just so you know|fyi|by the way|heads up)\b[,\s]+)+)",
    re.IGNORECASE,
)
_TRAILING_JUNK = re.compile(
    r"\s+(?:lol|haha|to (?:use|borrow|keep|college|school|work|uni)|since \w+(?: \w+)?"
    r"|over|for a bit|anywhere|where (?:is|are) (?:it|they)|(?:is|are) kept|parked"
    r"|for the \w+(?: \w+)?|on loan|last \w+|this \w+|home(?: with (?:him|her|them))?"
    r"|for (?:his|her|their|a|my|our) (?:trip|holiday|holidays|vacation|wedding|party|move"
    r"|function|exam|exams|journey|weekend|week|project)|there|here|(?:kept|stored|placed)"
    r"(?: earlier| before| last)?|at the moment|right now|currently|these days|at present"
    r"|from (?:your|my|the) (?:memory|list|notes|records|system|database)"
    r"|off (?:your|my|the) list|(?:please |kindly )?tell(?: me)?"
    # a verb left after the thing: "(the house keys) hung (on the hook)", "(the cricket kit)
    # lying (in the store room)"
    r"|hung|kept|placed|stored|stashed|lying|sitting|lying around|sitting around|tucked away"
    r"|put away|dumped|chucked|shoved|popped|locked|locked up|chained|chained up)$",
    re.IGNORECASE,
)
# "anything on my bank card", "something about the passport": the thing asked about.
_ANYTHING_ON = re.compile(
    r"^(?:anything|something|everything)\s+(?:on|about|for|of)\s+(?=\S)", re.IGNORECASE
)
# A change of mind in the middle of a place: "in the drawer no wait in the safe".
_SECOND_THOUGHT = re.compile(
    r"^.*\b(?:no wait|no no|wait no|actually|i mean|i meant|sorry|or rather|no)\s+"
    r"(?=(?:in|on|under|underneath|behind|by|beside|next|near|at|inside|above|below|between"
    r"|the|my|our)\b)",
    re.IGNORECASE,
)
_PLACE_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:somewhere|only|itself|or what|or not|is it|are they|isn't it|aren't they|then"
    r"|is not it|are not they"
    r"|lol|i guess|i think)|(?<!\bthe)(?<!\bfar)\s+right)$",  # "on the right" is a place
    re.IGNORECASE,
)
# A statement turned into a question by a tag: "the thongs are by the back door, aren't they".
_LOAN_ASIDE = re.compile(
    r"\s+(?:(?:he|she|they|it)(?:'s| is| will|'ll| has| needs| wants| said)\b.*"
    r"|(?:and |but )?(?:i|we|i've|we've) (?:have to|need to|must|'ll|will|should|got to|gotta)"
    r" (?:return|give|take|bring|hand)\b.*|(?:need|needs|have|has)(?: to)? (?:give|go|be|come)\b.*"
    r"|with (?:me|us)|back round|back over|back"
    r"|to use\b.*|for (?:the|a|his|her|their|my|our) (?:week|weekend|wedding|trip|party|move"
    r"|bathroom|project|holiday|holidays|summer|winter|day|night|month|exam|exams|function)\b.*"
    r"|(?:until|till|til) .*|from last \w+|for now|for a (?:bit|while|few days|couple of days)"
    r"|at the (?:moment|minute)|right now|(?:yesterday|today|tonight|last night|this morning)"
    r"(?: arvo| afternoon| evening| morning)?)$",
    re.IGNORECASE,
)
_NOT_BACK = re.compile(
    r"^(?P<thing>.+?)\s+(?:and|but)\s+(?:still\s+)?(?:hasn't|has not|hasnt|didn't|did not|never"
    r"|haven't|have not)\b.*$",
    re.IGNORECASE,
)
_BEFORE_A_CHANGE = re.compile(r"^(?P<item>.+?)\s+before\s+\S.*$", re.IGNORECASE)
_QUESTION_TAG = re.compile(
    r"(?:,?\s+(?:isn't it|aren't they|is not it|are not they|isn't that right|is not that right"
    r"|is that right|are they not|is it not|or not|correct|yeah)"
    r"|(?<!\bthe)(?<!\bfar)(?<!\ball)\s+right)\s*\??$",
    re.IGNORECASE,
)
_POINTING = re.compile(
    r"^(?:it|them|they|that|those)\s+(?=(?:in|on|under|behind|by|at|next"
    r"|inside|near|beside|up|down|back|over|out)\b)",
    re.IGNORECASE,
)
# Around the thing of a forget: "never mind the umbrella I found it", "the note about the
# presents", "every record of the key".
_FORGET_AROUND = re.compile(
    r"(?:\s+(?:so |and |you can |just )?(?:forget|delete|drop) (?:it|them|about it)"
    r"|\s+(?:i )?found (?:it|them)|\s+(?:too|as well|so|and|but|off)"
    r"|\s+(?:it|they) (?:was|were|is|are) (?:on|in|under|behind|at|by|with)\s.+"
    r"|\s+(?:is|are|has|have|'s)?\s*(?:run out|broken|broke|died|gone|finished|used up))$",
    re.IGNORECASE,
)
_FORGET_BEFORE = re.compile(
    r"^(?:the note (?:about|for|on)|every (?:record|trace|mention) of|(?:all )?the history"
    r" (?:for|of))\s+",
    re.IGNORECASE,
)
_PUT_PARTICIPLES = frozenset(
    {"put", "left", "stuck", "shoved", "popped", "stashed", "hung", "hidden", "dropped", "placed",
     "moved", "stored", "packed", "tucked", "thrown", "chucked", "filed", "kept", "locked"}
)  # fmt: skip
_ITEM_AND_PLACE = re.compile(
    r"^(?P<item>.+?)\s+(?P<place>(?:in|on|under|underneath|behind|by|beside|next to|near|at"
    r"|inside|on top of)\s+(?:the|my|our|a|his|her|their)\s.+)$",
    re.IGNORECASE,
)
_ANYONE = frozenset(
    {"everyone", "anyone", "anybody", "somebody", "someone", "people", "them", "him", "her",
     "her house", "his house", "his place", "her place", "their place", "their house"}
)  # fmt: skip
# A vehicle named before where it is parked ("the bike opposite the temple").
_VEHICLE_FIRST = re.compile(
    r"^(?:the|my|our|me)\s+(?P<vehicle>bike|bicycle|push bike|cycle|motorbike|motorcycle|scooter"
    r"|scooty|car|van|truck|ute|two wheeler|two-wheeler)\s+(?P<place>.+)$",
    re.IGNORECASE,
)
# What "I'm …" says when it says no place: how the speaker is, or what they are doing.
_NOT_PARKED = frozenset(
    {"good", "fine", "ok", "okay", "done", "ready", "sorry", "sure", "back", "home", "here",
     "going", "just", "not", "all", "still", "so", "very", "really", "off", "finished", "busy"}
)  # fmt: skip
_PARKING_NOUNS = frozenset({"building", "parking", "landing", "crossing", "clearing"})
_VEHICLE_WORDS = frozenset(
    {"car", "van", "truck", "ute", "pickup", "motorbike", "motorcycle", "scooter", "scooty",
     "moped", "camper", "campervan", "camper van", "motorhome", "rv", "jeep", "suv", "minivan",
     "rental car", "hire car", "work van", "motor", "two wheeler", "rental", "company car"}
)  # fmt: skip
_OUT_OF = re.compile(r"\s+out of\s+(?:the|my|our|his|her|their|a)\s+.+$", re.IGNORECASE)
# "I took the battery out and left it on the bench": what follows "and I" is another clause.
_CLAUSE_AFTER = re.compile(
    r"\s+and\s+(?:i|we|then|i'll|i've|i'm|i have|i need|i must)\b.*$", re.IGNORECASE
)
_HAS_GONE = re.compile(r"(?<=\w)'s (?:run|broken|died|gone|finished|packed up)$", re.IGNORECASE)
_LEADING_PARTICLE = re.compile(
    r"^(?:out|off|down|up|away|back)\s+(?=(?:the|my|our|his|her|their|a|an|me)\s)", re.IGNORECASE
)
_QUANTIFIER = re.compile(
    r"^(?:all|both)(?:\s+of)?\s+(?=(?:the|my|our|your|his|her|their|me)\s)", re.IGNORECASE
)
# Participles before a place that say only how it is there: "plugged in by the couch", "clipped
# to the sun visor" (on it).
_HOW_IT_IS = re.compile(
    r"^(?:plugged(?: in)?|clipped|stuck|taped|pinned|attached|hooked|tied|glued|fixed|fastened"
    r"|magneted|hanging(?: up)?|hung(?: up)?|sitting|lying|laying|standing|tucked(?: away)?"
    r"|hidden(?: away)?|locked(?: up| away)?|stored(?: away)?|packed(?: away)?|kept|stashed"
    r"|folded(?: up)?|stacked(?: up)?|wedged|buried|charging|left|sat|propped(?: up)?|leaning"
    r"|on charge|[a-z]{3,}ed(?: up| away)?|[a-z]{3,}ing(?: up| away)?)"
    r"\s+(?=(?:in|on|under|underneath|behind|by|beside|next|near|at|inside|above|below"
    r"|between|against|to|onto|into|up|down|back|over|out)\b)",
    re.IGNORECASE,
)
_ATTACHED_TO = re.compile(
    r"^(?:clipped|stuck|taped|pinned|attached|hooked|tied|glued|fixed|fastened|magneted)\s+to\s+",
    re.IGNORECASE,
)
_PARTICLES_ALONE = frozenset(
    {"away", "back", "up", "down", "aside", "out", "somewhere", "somewhere safe", "safe",
     "out of the way"}
)  # fmt: skip
# A correction's own words: "I said hall closet", "under the bed not on it".
_SAID_PLACE = re.compile(
    r"^(?:i said|i meant|i mean|it's|they're|it is|they are)\s+", re.IGNORECASE
)
_NOT_AFTER = re.compile(r"\s*,?\s+(?:not|and not|rather than|instead of)\s+.+$", re.IGNORECASE)
_NOT_BEFORE = re.compile(
    r"^(?:not|no not)\s+(.+?)(?:,?\s+(?:but|rather|instead)\b|,)\s*(.+)$", re.IGNORECASE
)
# Words that make a forget one for good: "delete my passport completely".
_COMPLETELY = re.compile(
    r"\s+(?:completely|for good|permanently|entirely|forever|for ever|altogether"
    r"|and all (?:its|their) history|and (?:its|their) history|including the history"
    r"|including where (?:it|they) used to be|and every place|and everything about (?:it|them)"
    r"|with (?:all )?(?:its|their) history)\b.*$",
    re.IGNORECASE,
)
_TO_PLACE = re.compile(r"^(?:over |back |up |down |out |)(?:to|into|onto)\b", re.IGNORECASE)
# Misspellings a speech recognizer makes of places: "in the draw" is a drawer.
_PLACE_WORDS = {"draw": "drawer", "draws": "drawers", "cubbard": "cupboard", "cupbord": "cupboard"}
# Words a recognizer writes for "where" at the start of a question ("wear are my keys").
_WHERE_HEARD = frozenset({"wear", "ware", "were", "we're", "where", "whare", "wher"})
# "my husbands watch": a person's word with "s" before a thing is whose it is.
_PEOPLE_S = re.compile(
    r"\b(mom|mum|mother|dad|father|wife|husband|partner|sister|brother|son|daughter|grandma"
    r"|grandpa|granny|grandmother|grandfather|nan|nana|gran|grandad|granddad|aunt|auntie|uncle"
    r"|cousin|niece|nephew|friend|boss|neighbor|neighbour|baby|dog|cat|boyfriend|girlfriend"
    r"|fiance|fiancee|mommy|mummy|daddy)s\b(?=\s+\S)",
    re.IGNORECASE,
)
# One word for each family word, so "grandma's ring" finds "grandmother's ring".
_FAMILY = {
    "mom": "mother", "mum": "mother", "mommy": "mother", "mummy": "mother", "mama": "mother",
    "ma": "mother", "dad": "father", "daddy": "father", "papa": "father", "pa": "father",
    "grandma": "grandmother", "granny": "grandmother", "nan": "grandmother",
    "nana": "grandmother", "nanna": "grandmother", "gran": "grandmother",
    "grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather",
    "gramps": "grandfather", "auntie": "aunt", "aunty": "aunt",
}  # fmt: skip
# How a parking spot without a preposition is said: "level 3" -> "on level 3".
_PARKING_ON = frozenset(
    {"level", "floor", "deck", "row", "street", "road", "avenue", "lane", "drive", "roof",
     "top", "ground", "corner", "side", "driveway", "kerb", "curb", "p1", "p2", "p3", "p4"}
)  # fmt: skip
_PARKING_IN = frozenset(
    {"bay", "spot", "space", "lot", "section", "zone", "car", "garage", "basement", "row",
     "parking", "multi", "multi-storey", "structure", "area", "aisle"}
)  # fmt: skip
_PERSON_LEADING = ("to ", "from ", "off ", "out to ", "with ", "our ")
# Words no person's name holds: another clause ("the mower and dropped it in the toolbox"),
# a pronoun of a thing, a place with its article.
_NOT_A_PERSON = re.compile(
    r"\b(?:and|then)\s+\w+ed\b|\b(?:it|them|you|you've|you're|your|i|is|are|was|were|to)\b"
    r"|\b(?:in|on|into|onto|under|inside)\s+(?:the|my|our|a)\b",
    re.IGNORECASE,
)
_FORGETS = re.compile(
    r"(?:^|\s)(?:out |up |so |and |you can |just |please )*(?:forget|delete|remove|cross off|scrap)"
    r"\s+(?:about\s+)?(?:it|them)(?:\s+(?:please|now))?$"  # "forget that" may mean the words
    # "(the kayak's gone) I sold it", "(the old grill is) gone we got rid of it"
    r"|^(?:gone\s+)?(?:so\s+|and\s+)?(?:i|we)(?:'ve| have)?\s+(?:sold|tossed|binned|chucked|dumped"
    r"|got rid of|threw away|threw out|gave away|recycled)\s+(?:it|them)(?:\s+(?:out|away))?$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"\s+(?:ji|sahib|saab|sir|madam)$", re.IGNORECASE)
_PERSON_AUXILIARY = re.compile(
    r"(?:\s+(?:have|has|had|still|now|currently|finally|just|already|eventually|at last))+$"
    # where someone named lives is no part of their name: "Lisa next door", "Gord across the
    # street"; "the guy next door" is who they are
    r"|^(?!(?:the|my|our|his|her|their|a|an|some)\s)(?P<name>\S+(?:\s\S+)?)\s+(?:next door"
    r"|from next door|across the street|across the road|down the road|down the street"
    r"|over the road|upstairs|downstairs|from work|at work)$",
    re.IGNORECASE,
)
_SPEAKER_CLAUSE = re.compile(
    r"\b(?:i|you|we)\s+(?:need|want|have to|must|should|can|will|'ll|am|was|just|wanted)\b"
)
# A question's words: a place never holds them ("in which drawer", "on what shelf").
_ASKING_WORDS = frozenset({"which", "what", "whichever"})
_VEHICLES_DETERMINERS = frozenset({"my", "the", "our", "a", "me"})
_THE_CAR = frozenset({"vehicle", "auto", "automobile", "motor car"})  # what "car" is also called


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
        """The item as the user named it, minus "my"/"the" before and "again"/"please" after;
        whose it is said without an apostrophe gets one ("husbands watch" -> "husband's
        watch")."""
        words = _without_interjections(_PEOPLE_S.sub(r"\1's", _squash(text)).split())
        while len(words) > 1 and words[0].lower() in _LEADING:
            words = words[1:]
        if len(words) == 1 and words[0].lower() in _LEADING | {"something", "anything"}:
            return ""  # "where is my", "remember something": no item was named
        item = _PREAMBLE.sub("", " ".join(words)) or " ".join(words)
        if item.lower().startswith("not "):
            return ""  # "not the car, it's in the ute": no thing named, the last one meant
        done_to = _DONE_TO.match(item)
        if done_to:
            item = done_to["item"]
        item = _AND_DID_IT.sub("", _PAST_VERB.sub("", item))
        item = _LEADING_PARTICLE.sub("", item)  # "(I took) out the scooty battery"
        item = _POINTS_BACK.sub("", item)
        item = _OUT_OF.sub("", item)
        item = _QUANTIFIER.sub("", item)
        item = _CLAUSE_AFTER.sub("", item)
        item = _VOCATIVES.sub("", item)
        item = _TRAILING_JUNK.sub("", item)
        item = _HAS_GONE.sub("", item)  # "the mozzie spray's run (out)": has run out
        item = _ANYTHING_ON.sub("", item)
        timed = _TRAILING_TIME.search(item)
        if timed and item[: timed.start()].split()[-1:] not in ([tie] for tie in _TIME_TIES):
            item = item[: timed.start()]  # "the paper from yesterday" keeps its day
        for tail in _TRAILING:
            if item.lower().endswith(" " + tail):
                item = item[: -len(tail) - 1]
        words = item.split()
        while len(words) > 1 and words[0].lower() in _LEADING:  # "all the camping gear"
            words = words[1:]
        return " ".join(words)

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
        head = next(
            (i for i, word in enumerate(words) if word in _PREPOSITIONS_OF_PLACE | _JOINING),
            None,
        )
        noun = _singular((words[:head] if head else words)[-1]) if words else ""
        if noun in _ON_NOUNS or any(noun.endswith(on) for on in _ON_COMPOUNDS):
            return "on"  # "the bookshelf": a shelf
        return "in" if noun in _IN_NOUNS else None

    def key(self, item: str) -> str:
        """A note's identity: the cleaned item, case and spacing ignored ("Car  Keys")."""
        return " ".join(item.casefold().split())

    def fold(self, key: str) -> str:
        """A lookup form that forgives number, apostrophes and family words: "car keys" and
        "car key", "husbands watch" and "husband's watch", "grandma's ring" and "grandmother's
        ring" fold alike."""
        words = key.lower().replace("’", "'").split()
        folded = []
        for word in words:
            whose = word.endswith("'s") or word.endswith("s'")
            bare = word.replace("'", "")
            if whose:
                bare = bare[:-1]
            bare = _FAMILY.get(bare, bare)
            folded.append(_singular(bare))
        return " ".join(folded)

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

    def forgets(self, location: str) -> bool:
        """Whether words said after a thing ask to forget it: "(in the bin) you can forget
        it", "(back to the library) so forget them"."""
        return bool(_FORGETS.search(_squash(location)))

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
        said = re.sub(
            r"\s+(?:fully|completely|entirely|for good|you have stored|you've stored|you have saved"
            r"|you've saved|i ever told you|you've got|you have got|you have|you know"
            r"|you remember)$",
            "",
            _squash(text).lower(),
        )
        words = said.split()
        while words and words[0] in ("my", "the", "of", "your"):
            words = words[1:]
        return " ".join(words) in _EVERYTHING

    # reading (see `reading.Words`)

    default_vehicle = "car"
    with_me = "with me"  # where a borrowed thing is: with the user ("with you", said back)
    back_with_me = "back with me"  # where a thing lent is once it came back

    def hedge(self, said: str) -> str:
        """The word a hedge is said back as ("I think" -> "probably"); "" for none."""
        return _HEDGES.get(_squash(said).lower().replace("’", "'"), "")

    def hedged(self, text: str) -> tuple[str, str]:
        """The words without a hedge said before or after them, and the hedge as said back:
        "on the counter I think" -> ("on the counter", "probably")."""
        said = _squash(text)
        found = _HEDGE_PATTERN.match(said.replace("’", "'"))
        inside = _HEDGE_INSIDE.search(said)
        if inside and not (
            found and (found["lead"] or found["tail"])
        ):  # "on level 3 I think near …"
            return f"{said[: inside.start()]} {said[inside.end() :]}", "probably"
        if not found or not (found["lead"] or found["tail"]) or not found["rest"].strip():
            return said, ""
        hedge = (found["lead"] or found["tail"]).lower()
        return found["rest"].strip(" ,"), _HEDGES[hedge]

    def normal_place(self, location: str) -> str:
        """A place as it is kept: fillers and particles dropped ("back in the box" -> "in the
        box"), a route's end ("from the desk to the filing cabinet" -> "in the filing
        cabinet"), a direction as where it ends ("to the safe" -> "in the safe"), and a
        recognizer's "draw" as the drawer it was."""
        place = _SECOND_THOUGHT.sub("", _VOCATIVES.sub("", self.clean_location(location)))
        place = _PURPOSE.sub("", _LATER_PLACE.sub("", place))
        place = _POINTING.sub("", _TRAILING_TIME.sub("", _PLACE_TRAILING_JUNK.sub("", place)))
        place = _MID_PARTICLE.sub(" ", place)
        if place.lower() in _PARTICLES_ALONE:
            return ""  # "I put the spare key away": no place said
        place = _ROUTE.sub("", place)
        place = _ATTACHED_TO.sub("on ", place)
        place = _HOW_IT_IS.sub("", place)
        place = _PARTICLE_RUN.sub("", place)
        words = [_PLACE_WORDS.get(word.lower(), word) for word in place.split()]
        if not words:
            return ""
        first = words[0].lower()
        rest = " ".join(words[1:])
        if first in ("to", "into") and rest:
            first_rest = rest.split()[0].lower()
            if first_rest in _PREPOSITIONS_OF_PLACE:  # "into under the bed": as said after it
                return rest
            usual = (self._usual_preposition(rest) if first == "to" else None) or "in"
            return f"{usual} {rest}"
        if first == "onto" and rest:
            return f"on {rest}"
        return " ".join(words)

    def is_place(self, location: str, *, answer: bool) -> bool:
        """Whether words can be kept as a place: they start as a place does ("in the drawer",
        "upstairs", "at home"), or name a thing places are ("the kitchen drawer", "my bag");
        as the answer to "where is it?", any noun said with a determiner ("the blue one") is.
        Digits alone ("4 3 2 1") or someone's thing ("my keys") are not."""
        words = _squash(location).lower().split()
        if not words or not any(any(c.isalpha() for c in word) for word in words):
            return False
        if _ASKING_WORDS.intersection(words) or words[-1] in ("where", "who"):
            return False  # "in which drawer", "in the car where": a question, not a place
        if _SPEAKER_CLAUSE.search(" ".join(words)):
            return False  # "(hang) on I need to tell you about …": a sentence, not a place
        if words[0] in _PLACE_STARTS or " ".join(words) in _AT_PLACES:
            return True
        if words[0] in _DETERMINERS or words[0].endswith("'s"):
            head = _singular(words[-1])
            known = head in _ON_NOUNS | _IN_NOUNS | _HOMES or words[-1] in _HOMES
            return known or (answer and len(words) > 1 and words[-1] not in _PRONOUNS)
        return _singular(words[-1]) in _ON_NOUNS | _IN_NOUNS | _HOMES  # "hook": on the hook

    def parking_place(self, location: str) -> str:
        """Where a car is parked, with a preposition: "level 3 row B" -> "on level 3 row B";
        "" when the words are no place ("I'm leaving the parcel …", "I'm good now")."""
        place = self.normal_place(location)
        words = place.lower().split()
        if not words or words[0] in _PLACE_STARTS or words[0] in _PREPOSITIONS_OF_PLACE:
            return place
        if words[0] in _NOT_PARKED or (
            len(words[0]) > 4 and words[0].endswith("ing") and words[0] not in _PARKING_NOUNS
        ):
            return ""
        head = list(takewhile(lambda word: word not in _PREPOSITIONS_OF_PLACE, words))
        for word in head[:4]:
            if word in _PARKING_ON:
                return f"on {place}"
            if word in _PARKING_IN:
                return f"in {place}"
        return f"in {place}" if words[0] in _PLACE_ARTICLES else f"at {place}"

    def person(self, said: str) -> str:
        """Who has a thing, as said: "to Mike" -> "Mike", "our Dave" -> "Dave"."""
        text = _squash(said)
        changed = True
        while changed:
            changed = False
            for lead in _PERSON_LEADING:
                if text.lower().startswith(lead) and len(text) > len(lead):
                    text, changed = text[len(lead) :], True
        if text.lower().endswith("'s"):
            text = text[:-2]
        text = _TRAILING_TIME.sub("", _TRAILING_JUNK.sub("", _VOCATIVES.sub("", text)))
        text = _PREAMBLE.sub("", text) or text  # "for the record Steph"
        # "our neighbours have (got it)"; "Lisa next door" is Lisa
        named = _PERSON_AUXILIARY.search(text)
        text = named["name"] if named and named["name"] else _PERSON_AUXILIARY.sub("", text) or text
        text = _HONORIFIC.sub("", text) or text  # "Sharma ji" is Sharma, as the matcher hears
        if _NOT_A_PERSON.search(text):  # "the mower and dropped it in the toolbox"
            return ""
        return "" if text.lower() in _ANYONE else text

    def vehicle(self, said: str) -> str:
        """The vehicle named ("the van" -> "van"); "" when none was."""
        words = _squash(said).split()
        while words and words[0].lower() in _VEHICLES_DETERMINERS:
            words = words[1:]
        named = " ".join(words)
        return "car" if named.lower() in _THE_CAR else named

    def misheard_question(self, item: str, location: str) -> str:
        """The item of a question heard as a note ("wear are my keys": item "wear", place "my
        keys"): the keys; "" when the note reads as one."""
        words = _squash(item).lower().split()
        if len(words) != 1 or words[0] not in _WHERE_HEARD:
            return ""
        if self.starts_like_place(location) and self.is_place(location, answer=False):
            return ""
        return self.clean_item(location)

    def with_preposition(self, place: str) -> str:
        """A place with the preposition it was said without: "the kitchen drawer" -> "in the
        kitchen drawer", "the bedside table" -> "on the bedside table", "home" -> "at home"."""
        words = place.split()
        if not words or words[0].lower() in _PLACE_STARTS | _PREPOSITIONS_OF_PLACE:
            return place
        lowered = place.lower()
        if lowered in _AT_PLACES or (
            words[0].lower().endswith("'s") and lowered.split()[-1] in _HOMES
        ):
            return f"at {place}"
        usual = self._usual_preposition(place) or "in"
        if words[0].lower() in _DETERMINERS or words[0].lower().endswith("'s"):
            return f"{usual} {place}"
        return f"{usual} the {place}"

    def settled(self, said: str) -> str:
        """The place a correction settles on: "I said hall closet" -> "hall closet", "not the
        garage, the shed" -> "the shed", "under the bed not on it" -> "under the bed"."""
        text = _SAID_PLACE.sub("", _squash(said))
        text = re.sub(r"^(?:wait|hang on|hold on|sorry|oops|um|uh)\s+", "", text, flags=re.I)
        text = re.sub(r"^.*\b(?:i meant|it is|it's|they are|they're)\s+", "", text, flags=re.I)
        found = _NOT_BEFORE.match(text)
        if found:
            return found.group(2)
        words = text.split()
        if len(words) > 2 and words[0].lower() == "not":  # "not the garage the shed"
            rest = words[1:]
            starts = [
                i for i, w in enumerate(rest) if i and w.lower() in _DETERMINERS | _PLACE_STARTS
            ]
            if starts:
                return " ".join(rest[starts[-1] :])
        text = _NOT_AFTER.sub("", text) or text
        words = text.split()
        starts = [
            index
            for index in range(1, len(words))
            if words[index].lower() in _DETERMINERS
            and words[index - 1].lower() not in _DETERMINERS | _PLACE_PREPOSITIONS | _JOINING
        ]
        return " ".join(words[starts[-1] :]) if starts else text  # "the garage the shed"

    def forgotten_item(self, item: str) -> str:
        """The thing of a forget without the words around it: "the umbrella I found it" ->
        "the umbrella", "the note about the presents" -> "the presents"."""
        return _FORGET_BEFORE.sub("", _FORGET_AROUND.sub("", _squash(item)))

    def item_and_place(self, item: str) -> tuple[str, str]:
        """A thing said with its place in one ("umbrella by the door"): both; else (item,
        "")."""
        found = _ITEM_AND_PLACE.match(_squash(item))
        return (found["item"], found["place"]) if found else (item, "")

    def whose(self, origin: str) -> str:
        """In English, "from {origin}" is where a thing came from, never whose it is: ""."""
        return ""

    def without_aside(self, text: str) -> str:
        """A thing lent, or who has it, without what is said about the loan after it ("my power
        bank to Rahul, he will return it tomorrow", "her saree for the wedding, I have to return
        it", "the boogie board to Kylie yesterday arvo")."""
        said = _squash(text)
        for _ in range(2):
            said = _LOAN_ASIDE.sub("", said) or said
        return said

    def not_back(self, item: str) -> str:
        """The thing of a return said with a "not" ("my drill and hasn't brought it back"): the
        thing, still lent; "" otherwise."""
        found = _NOT_BACK.match(_squash(item))
        return found["thing"] if found else ""

    def holder(self, location: str) -> str:
        """In English who has a thing is said with its own words ("Mike has my drill", "my
        drill is with Mike"), never as a place: ""."""
        return ""

    def before_a_change(self, item: str) -> str:
        """The thing of a question about before ("the passports before I moved them"): the
        thing; "" when no before is asked about."""
        said = _squash(item)
        found = _BEFORE_A_CHANGE.match(said)
        return found["item"] if found else ""

    def question_tag(self, location: str) -> str:
        """The place of a statement asked as a question ("by the back door aren't they",
        "under the printer right"): the place; "" when no tag asks ("on the right")."""
        said = _squash(location)
        bare = _QUESTION_TAG.sub("", said)
        return bare if bare != said else ""

    def put_at(self, lent: str) -> tuple[str, str]:
        """A thing "lent" that someone only put somewhere ("[my husband has] put the drill in
        the garage"): the thing and the place; else ("", "")."""
        said = _squash(lent)
        first, _, rest = said.partition(" ")
        if first.lower() not in _PUT_PARTICIPLES or not rest:
            return "", ""
        item, place = self.item_and_place(rest)
        return (item, place) if place else ("", "")

    def vehicle_and_place(self, location: str) -> tuple[str, str]:
        """A vehicle said at the start of where it is parked: ("bike", "opposite the temple")
        for "the bike opposite the temple"; else ("", location)."""
        found = _VEHICLE_FIRST.match(_squash(location))
        return (found["vehicle"], found["place"]) if found else ("", location)

    def is_vehicle(self, item: str) -> bool:
        """Whether a thing is a vehicle, so where it is is where it is parked ("my wife's
        car" is one too)."""
        words = self.clean_item(item).lower().split()
        if not words:
            return False
        whose = len(words) == 2 and words[0].endswith("'s") and words[1] in _VEHICLE_WORDS
        return " ".join(words) in _VEHICLE_WORDS or whose

    def completely(self, item: str) -> tuple[str, bool]:
        """The item of a forget without the words that make it for good, and whether they were
        said: "the spare key completely including where it used to be" -> ("the spare key",
        True)."""
        said = _squash(item)
        bare = _COMPLETELY.sub("", said)
        return bare, bare != said

    def without_route(self, item: str, location: str) -> str:
        """An item without where it came from, when the place says where it went: "tax papers
        from the desk" to "to the filing cabinet" -> "tax papers"; "the letter from my mum" in
        "in the drawer" stays as it is."""
        if not _TO_PLACE.match(_squash(location)):
            return item
        return _ROUTE_IN_ITEM.sub("", _squash(item)) or item

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

    def where(self, location: str, kind: str = "", person: str = "", hedge: str = "") -> str:
        """Where a note's thing is, after "is": "probably on the counter", "parked on level
        3", "with Mike" (kept as the place of a lent thing)."""
        said = self.place(location)
        if kind == "parked" and not said.lower().startswith("parked"):
            said = f"parked {said}"
        return f"{hedge} {said}" if hedge else said

    def after_preposition(self, person: str) -> str:
        """Someone as said after "with", "from", "to": as said."""
        return person

    def held_by(self, person: str) -> str:
        """The place of a thing lent to `person`: "with Mike"."""
        return f"with {person}"

    def borrowed_item(self, item: str, person: str) -> str:
        """A thing borrowed from `person`, named as theirs: "tent" from "Sarah" -> "Sarah's
        tent"; "her cooler" from "Aunt Linda" -> "Aunt Linda's cooler"; an item that already
        says whose it is stays as it is."""
        words = item.split()
        if words and words[0].lower() in _OWNERS:
            words = words[1:]
        said = " ".join(words)
        if not person or _owner_end([w.lower() for w in words]) is not None:
            return said
        owner = f"{person}'" if person.lower().endswith("s") else f"{person}'s"
        return f"{owner} {said}"

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
    "saved_parked": "Got it. You parked {place}.",
    "saved_parked_vehicle": "Got it. Your {item} {verb} {place}.",
    "saved_lent": "Got it. {Person} has your {item}.",
    "saved_borrowed": "Got it. You've borrowed {item}.",
    "ask_parked": "Where did you park?",
    "ask_parked_reprompt": "Where did you park? For example: on level 3, row B.",
    "ask_lent_item": "What did you lend?",
    "ask_borrowed_item": "What did you borrow?",
    "ask_lent_person": "Who did you lend your {item} to?",
    "ask_borrowed_person": "Who did you borrow your {item} from?",
    "meant_where": "Did you want to know where your {item} {verb}?",
    "meant_where_reprompt": "Should I tell you where your {item} {verb}? Please say yes or no.",
    "not_a_place": "Sorry, that doesn't sound like a place to me, so I haven't saved it.",
    "parked_unknown": (
        "You haven't told me where you parked. When you park, tell me, for example: "
        "I parked on level 3, row B."
    ),
    "who_lent": "{Person} has your {item}. You told me that {when}.",
    "who_returned": "{Person} gave your {item} back {when}.",
    "who_borrowed": "You borrowed {item}. You told me that {when}.",
    "who_nobody": "As far as I know, nobody has your {item}: {pronoun} {verb} {place}.",
    "who_unknown": (
        "I don't know who has your {item}. When you lend something, tell me, for example: "
        "I lent my ladder to Mike."
    ),
    "loans_lent_to": "{Person} has {items}.",
    "loans_borrowed_from": "You've borrowed {items} from {person}.",
    "loans_none_with": (
        "You haven't told me about anything you lent to or borrowed from {person}."
    ),
    "loans_lent_entry": "{item} to {person}",
    "loans_lent_all": "You've lent out {entries}.",
    "loans_borrowed_entry": "{item}",
    "loans_borrowed_all": "You've borrowed {entries}.",
    "loans_none": "You haven't told me about anything you've lent or borrowed.",
    "returned_lent": "Good. Your {item} {verb} back from {person}. Say undo if that's wrong.",
    "returned_borrowed": (
        "Okay, {item} {verb} back with {person}, so I've crossed {object} off. "
        "Say undo if that's wrong."
    ),
    "returned_found": (
        "Okay, you've got your {item} back, so I've forgotten where {pronoun} {past}. "
        "Say undo if that was a mistake."
    ),
    "returned_unknown": (
        "I didn't have your {item} down as lent to anyone, so there's nothing to change."
    ),
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
    "check_no": "No. You told me {when} that your {item} {verb} {place}.",
    "check_hedged": "You told me {when} that your {item} {verb} {place}.",
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
        "When you park, say: {example_park}, and later: {example_where_parked}? When you lend "
        "something: {example_lend}, and later: {example_who_has}? "
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
    "example_park": "I parked on level 3, row B",
    "example_where_parked": "where did I park",
    "example_lend": "I lent my ladder to Mike",
    "example_who_has": "who has my ladder",
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
