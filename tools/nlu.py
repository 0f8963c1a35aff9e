"""A small stand-in for Alexa's language understanding, driven by the interaction model.

Custom intents and slot elicitation use the sample utterances of the locale's model,
`skill-package/interactionModels/custom/<locale>.json` — nothing here repeats them. Each sample
becomes a pattern ("where is {item}" -> `where is (?P<item>.+)`); the matching sample with the most
literal text wins, as the more specific reading. Amazon's built-in intents need no samples in the
model (Alexa supplies their phrases), so their common phrases are listed below, per language, with
the little else a language needs here (contractions, fillers, question words, how a skill is
opened or asked).

Alexa understands more than its samples; three simple rules stand in for that here, applied to the
samples and the utterance alike: contractions are expanded ("where'd" = "where did", "the
charger's in" = "the charger is in"), filler words are dropped ("um", "please", "the heck"), and
when no sample fits, one word of the utterance may be left out. A slot never starts with a
question word, so "where the heck are my keys" cannot become an item "where"; unless values of
its type start with it: a place may be "where my car is parked".
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "BUILT_IN_PHRASES",
    "LEXICONS",
    "LOCALES",
    "MODEL_PATH",
    "Lexicon",
    "Match",
    "Model",
    "as_said",
    "model_path",
    "normalize_utterance",
]

MODELS = Path(__file__).resolve().parent.parent / "skill-package" / "interactionModels" / "custom"
MODEL_PATH = MODELS / "en-US.json"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "de-DE")


def model_path(locale: str) -> Path:
    return MODELS / f"{locale}.json"


# Alexa's own phrases for the built-in intents the model declares without samples.
BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.HelpIntent": (
        "help",
        "help me",
        "what can i say",
        "what can you do",
        "how does this work",
        "how does this thing work",
        "how do i use this",
    ),
    "AMAZON.StopIntent": ("stop", "exit", "quit", "bye", "goodbye", "shut up"),
    "AMAZON.CancelIntent": (
        "cancel", "never mind", "forget it", "don't worry about it", "don't worry", "no bother",
        "no worries", "you're alright", "it's fine", "not required", "no need", "leave it",
    ),
    "AMAZON.NavigateHomeIntent": ("go home", "go to the home screen"),
    "AMAZON.YesIntent": (
        "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "yes please", "please do",
        "of course", "go ahead", "do it", "absolutely", "haan", "haan ji", "ji haan", "ha ji",
    ),
    "AMAZON.NoIntent": (
        "no", "nope", "nah", "no thanks", "not now", "no thank you", "no don't", "nahi", "nahin",
    ),
    "AMAZON.MoreIntent": ("more", "tell me more", "keep going", "continue"),
    "AMAZON.NextIntent": ("next", "skip"),
    "AMAZON.RepeatIntent": (
        "repeat", "say it again", "say that again", "can you say that again", "come again",
        "pardon", "what did you say", "repeat that", "could you repeat that",
    ),
    "AMAZON.StartOverIntent": ("start over",),
}  # fmt: skip
_GERMAN_BUILT_INS: dict[str, tuple[str, ...]] = {
    "AMAZON.HelpIntent": ("hilfe", "hilf mir", "was kann ich tun", "wie geht das hier"),
    "AMAZON.StopIntent": (
        "stopp", "stop", "halt", "beenden", "beende", "tschüss", "auf wiedersehen", "schluss",
        "sei still", "ende", "ciao",
    ),
    "AMAZON.CancelIntent": ("abbrechen", "vergiss es", "lass gut sein", "egal", "abbruch"),
    "AMAZON.NavigateHomeIntent": ("zum startbildschirm", "startseite"),
    "AMAZON.YesIntent": (
        "ja", "jawohl", "ja bitte", "klar", "genau", "gerne", "gern", "okay", "ok", "sicher",
        "na klar", "auf jeden fall", "jep", "jo", "ja gerne", "mach das", "richtig",
    ),
    "AMAZON.NoIntent": ("nein", "nee", "nö", "nein danke", "lieber nicht", "jetzt nicht"),
    "AMAZON.MoreIntent": ("mehr", "weiter", "erzähl mehr", "mach weiter"),
    "AMAZON.NextIntent": ("nächstes", "nächste", "überspringen"),
    "AMAZON.RepeatIntent": ("wiederholen", "wiederhole", "nochmal", "noch mal"),
    "AMAZON.StartOverIntent": ("von vorne", "neu starten"),
}  # fmt: skip

_CONTRACTIONS = {
    "where's": "where is", "what's": "what is", "it's": "it is", "that's": "that is",
    "there's": "there is", "here's": "here is", "who's": "who is", "how's": "how is",
    "they're": "they are", "we're": "we are", "you're": "you are", "i'm": "i am",
    "i've": "i have", "we've": "we have", "i'll": "i will", "i'd": "i would",
    "where'd": "where did", "where're": "where are", "can't": "cannot", "don't": "do not",
    "didn't": "did not", "doesn't": "does not", "isn't": "is not", "aren't": "are not",
    "wasn't": "was not", "haven't": "have not", "won't": "will not", "let's": "let us",
    "what'd": "what did", "who'd": "who did", "how'd": "how did", "when'd": "when did",
    "where've": "where have", "who've": "who have", "what've": "what have",
    "where'll": "where will",
    "it'll": "it will", "they'll": "they will", "that'll": "that will", "we'll": "we will",
    "shouldn't": "should not", "couldn't": "could not", "wouldn't": "would not",
    "hasn't": "has not", "weren't": "were not", "mustn't": "must not", "needn't": "need not",
    "where'bouts": "whereabouts", "y'know": "you know",
    # said without the apostrophe by a recognizer
    "whereabouts": "where", "when's": "when is",
    "wheres": "where is", "whats": "what is", "thats": "that is", "theyre": "they are",
    "ive": "i have", "dont": "do not", "didnt": "did not", "cant": "cannot",
    "isnt": "is not", "arent": "are not", "doesnt": "does not", "havent": "have not",
    "whos": "who is", "hows": "how is", "wheres'": "where is", "whered": "where did",
    "long's": "long has",
}  # fmt: skip
# "the charger's in the drawer": a noun's "'s" before one of these words is "is"
_IS_BEFORE = frozenset(
    {
        "in", "on", "under", "behind", "by", "at", "next", "inside", "up", "down", "back",
        "now", "still", "over", "near", "beside", "with", "charging", "sitting", "hanging",
        "lying", "laying", "kept", "stored", "hidden", "parked", "plugged", "stuck", "tucked",
        "stashed", "gone", "upstairs", "downstairs", "out", "outside", "above", "below",
        "underneath", "beneath", "between", "against", "probably", "definitely", "somewhere",
        "always", "usually", "also", "left", "locked", "packed", "folded", "mounted", "clipped",
        "across", "round", "around", "just", "all", "borrowing", "lending", "using",
    }
)  # fmt: skip
_FILLERS = (
    *("um", "uh", "uhm", "er", "erm", "hmm", "oh", "hey", "alexa", "please", "fyi", "umm"),
    *("ummm", "uhh", "uhhh", "hm", "ahh", "ah", "mmm", "darn", "damn", "dang", "bloody"),
    *("freaking", "flipping", "blasted", "stupid", "flaming", "mate", "love", "luv", "yaar"),
    *("bro", "dude"),
)
_FILLER_PHRASES = (
    *("the heck", "the hell", "on earth", "here is one for you", "here is another one"),
    *("one more thing", "quick one", "just now"),
)
_LEADING_FILLERS = (
    *("so", "well", "ok", "okay", "alright", "actually", "yo", "listen", "right", "oops"),
    *("whoops", "sorry", "righto", "kindly"),
)
_GERMAN_CONTRACTIONS = {
    "hab": "habe", "gibt's": "gibt es", "wo's": "wo es", "hab's": "habe es", "ist's": "ist es",
    "weiss": "weiß", "merk's": "merk es", "is": "ist", "isn": "ist", "sin": "sind",
    "gibts": "gibt es", "haste": "hast du", "biste": "bist du", "nen": "einen", "wär": "wäre",
    "wars": "war es", "war's": "war es", "stimmt's": "stimmt es", "net": "nicht",
    "steh": "stehe", "parkiert": "geparkt", "geht's": "geht es", "hab'": "habe",
    # regional speech, as a recognizer may write it
    "isch": "ist", "isser": "ist er", "isses": "ist es", "issa": "ist er", "dat": "das",
    "wat": "was", "mei": "mein", "i": "ich", "hasch": "hast", "ham": "haben",
    "hamma": "haben wir", "getz": "jetzt", "jetz": "jetzt", "se": "sie",
    "nich": "nicht", "nix": "nichts", "nimmer": "nicht mehr", "hast's": "hast es",
    "wollt": "wollte", "wärs": "wäre es", "wär's": "wäre es", "unserm": "unserem",
    "unsern": "unseren", "kannste": "kannst du", "haste's": "hast du es",
    "brauch": "brauche", "such": "suche", "find": "finde", "weiß's": "weiß es",
    "ick": "ich", "icke": "ich", "mach's": "mach es", "nech": "ne",
    # southern participles and words, as a recognizer may write them ("i hab's ins Auto glegt")
    "glegt": "gelegt", "gstellt": "gestellt", "gsteckt": "gesteckt", "ghängt": "gehängt",
    "glassen": "gelassen", "higlegt": "hingelegt", "hinglegt": "hingelegt",
    "hingstellt": "hingestellt", "highängt": "hingehängt", "obgstellt": "abgestellt",
    "abgstellt": "abgestellt", "eigsteckt": "eingesteckt", "eingsteckt": "eingesteckt",
    "eigräumt": "eingeräumt", "weggräumt": "weggeräumt", "gspeichert": "gespeichert",
    "hob": "habe", "ned": "nicht", "dahoam": "daheim", "dahoim": "daheim", "zruck": "zurück",
    "is'n": "ist denn", "ich'n": "ich denn", "hab'n": "habe denn", "wo's'n": "wo ist denn",
    "stehn": "stehen", "gehn": "gehen", "inner": "in der", "anner": "an der", "aufer": "auf der",
}  # fmt: skip
_GERMAN_FILLERS = (
    "äh",
    "ähm",
    "öhm",
    "hm",
    "hmm",
    "alexa",
    "bitte",
    "mal",
    "denn",
    "doch",
    "eigentlich",
    "grad",
    "gerade",
    "halt",
    "eben",
    "einfach",
    "bloß",
    "gschwind",
    "gell",
    "nochmal",
    "gleich",
    "ewig",
    "vorsichtshalber",
    "sicherheitshalber",
    "natürlich",
    "jo",
    "alter",
    "sozusagen",
    "quasi",
    "woll",
    "nu",
    "n",
    "vorhin",
    "schiet",
    "mensch",
)
_GERMAN_LEADING = (
    *("also", "okay", "ok", "na", "so", "ja", "verdammt", "mist", "hey", "ach", "moin", "servus"),
    *("hallo", "hi", "kurz", "du", "ey", "gut", "prima", "super", "nun", "sorry", "oh", "ups"),
)
# A tag after a request asks nothing ("steht inne Garage, woll?", "auf P4, ne?").
_GERMAN_TRAILING = ("ne", "woll", "gell", "nä", "wa", "oder so", "oder wo", "do", "nicht wahr",
                    "hm", "weißt du", "weisst du", "verstehst du")  # fmt: skip
_TRAILING_FILLERS = ("eh", "innit", "yeah", "ok", "okay", "thanks", "thank you", "cheers",
                     "hey", "alright", "na", "only", "itself", "still", "as well",
                     "yaar", "no worries", "too easy", "ji")  # fmt: skip
# A recognizer's "where" heard as another word, before the verb of a question ("wear are my
# keys", "were is the flashlight"): the question it was.
_MISHEARD_WHERE = frozenset({"wear", "were", "ware", "wer", "whare"})
_QUESTION_VERBS = frozenset(
    {"is", "are", "did", "do", "does", "was", "have", "has", "had", "would", "could", "should",
     "might", "can"}
)  # fmt: skip
_GERMAN_FILLER_PHRASES = (
    *("zum kuckuck", "zum teufel", "in aller welt", "um himmels willen", "schnelle frage"),
    *("kurze frage", "sag mal", "noch mal", "schon wieder", "ab jetzt", "fürs protokoll"),
    *("nur dass du es weißt", "nur damit du es weißt", "kurze notiz", "pass auf", "kurz was"),
    *("nee warte", "jo also", "zur info", "nur zur info", "kurz zur info", "hör mal zu"),
    *("hör zu", "ganz kurz", "kurz fürs protokoll", "dieses dings", "so ein dings", "naja"),
    *("na ja", "weißt du was", "ach so", "wie heißt das", "immer noch", "mal eben"),
    *("heute früh", "heut früh", "heute morgen", "heut morgen", "grad eben", "gerade eben"),
)
_GERMAN_QUESTION_WORDS = frozenset(
    ["wo", "was", "wer", "wie", "warum", "wann", "welche", "welcher", "welches", "wohin"]
)
_NEVER_FIRST = frozenset(
    {"is", "are", "was", "were", "am", "turn", "play", "switch", "call", "sing", "tell",
     "order", "buy", "dim", "wake", "remind", "launch", "add", "book"}
)  # fmt: skip
# Commands that are things too when said alone ("Jenny returned my book"; "book a table" is a
# command Alexa keeps for itself).
_ALSO_THINGS = frozenset({"book"})
_NEVER_ALONE = frozenset(
    {"up", "down", "back", "away", "out", "over", "just", "so", "and", "then",
     "now", "also", "yeah", "yes", "no", "ok", "okay", "well", "where",
     "what", "who", "here", "sorry", "all"}
)  # fmt: skip
_NEVER_LAST = frozenset(
    {"to", "from", "of", "with", "the", "a", "an", "my", "our", "and", "or", "is", "are", "for",
     "at", "by"}
)  # fmt: skip
# A thing never ends with a question word ("quick question where" of "quick question, where's
# my badge").
_THING_NEVER_LAST = frozenset(
    {"where", "what", "who", "when", "which", "how", "did", "does", "do", "wo", "was", "wer",
     "wann", "wie"}
)  # fmt: skip
_THING_NEVER_FIRST = frozenset(
    {"in", "on", "under", "underneath", "behind", "at", "inside", "outside", "above", "below",
     "beside", "between", "across", "near", "into", "onto", "around", "round", "opposite",
     "next", "by"}
)  # fmt: skip
_GERMAN_THING_NEVER_FIRST = frozenset(
    {"im", "ins", "am", "ans", "auf", "aufm", "aufs", "unter", "unterm", "hinter", "hinterm",
     "neben", "vor", "vorm", "über", "überm", "zwischen", "beim", "zum", "zur", "in", "heute",
     "heut", "gestern", "vorher", "davor", "früher", "sich", "mir", "von", "vom", "ich", "wir",
     "habe", "hab", "nach"}
)  # fmt: skip
_THINGS = frozenset({"item", "vehicle", "person"})
# Who never has a thing lent: the user ("i borrowed my mother's pan" is no loan to "i").
_NOBODY = frozenset({"i", "we", "me", "us", "you", "i have", "we have", "ich", "wir"})
# Words never left out to make a sample fit: they change what is meant.
_KEPT = frozenset(
    {"the", "a", "an", "my", "our", "and", "or", "not", "no", "nicht", "kein", "keine", "der",
     "die", "das", "den", "dem", "und", "oder"}
)  # fmt: skip
_LEADING_PRONOUNS = frozenset({"it", "them", "they", "es", "sie", "ihn"})
_GERMAN_NEVER_FIRST = frozenset(
    {"ist", "sind", "war", "waren", "stell", "stelle", "mach", "mache", "spiel", "spiele",
     "schalte", "schalt", "ruf", "sing", "erzähl", "bestell", "kauf", "weck", "setz", "setze",
     "füg", "füge", "parke", "park", "lies", "räum", "zeig", "zeige", "nenn", "nenne", "hilf"}
)  # fmt: skip
_GERMAN_NEVER_ALONE = frozenset(
    {"oben", "unten", "hinten", "vorne", "draußen", "drinnen", "da", "dort", "hier", "noch",
     "jetzt", "grad", "gerade", "und", "also", "ja", "nein", "nee"}
)  # fmt: skip
_GERMAN_NEVER_LAST = frozenset(
    {"der", "die", "das", "den", "dem", "ein", "eine", "einen", "mein", "meine", "meinen",
     "und", "oder", "zu", "von", "an", "in", "auf"}
)  # fmt: skip
_MARK = "zzslot"
_POSSESSED = (
    f"{_MARK}item",
    f"{_MARK}vehicle",
)  # what "{person}'s" is followed by  # a slot while a sample is normalized like an utterance
_MARKED = re.compile(rf"{_MARK}(\w+?)zz")
_QUESTION_WORDS = frozenset(["where", "what", "who", "how", "why", "when", "which", "whose"])
# Slot types whose value is one of the type's own, never anything else: a hedge ("I think",
# "probably") said around a note is kept apart from the place only when it is one.
CLOSED_TYPES = frozenset({"HEDGE", "VEHICLE", "BIKE", "EARLIER"})
# Of those, the ones whose value counts as words of the sample ("{item} is {location}
# {hedge}" says more than "the {item} is {location}" when the hedge is one).
WORDED_TYPES = frozenset({"HEDGE"})
# A place is the only slot of a question about it ("what's {location}"): it starts as the type's
# places do, so "what's the weather like" is no place ("what's in the garage" is).
PLACE_TYPES = frozenset({"LOCATION_NAME", "PARKING_SPOT"})


@dataclass(frozen=True)
class Lexicon:
    """What the matcher needs to know about a language besides the model's samples."""

    built_ins: dict[str, tuple[str, ...]]
    contractions: dict[str, str]
    is_before: frozenset[str]
    fillers: tuple[str, ...]
    filler_phrases: tuple[str, ...]
    leading_fillers: tuple[str, ...]
    question_words: frozenset[str]
    launch: str  # regex alternatives: how a session is opened ("open", "öffne")
    one_shot: str  # how a request is put to the skill ("ask|tell", "frag|sag")
    joiners: str  # words between the skill's name and the request ("to", "dass")
    capitals: bool = False  # slot values keep their capitals, as Alexa writes German nouns
    launch_after: str = ""  # regex alternatives after the skill's name ("Memory Keeper öffnen")
    has_before: frozenset[str] = frozenset()  # "'s" before these is "has" ("Dave's got")
    # No slot value starts with these: a verb of being ("the book my sister lent me is on the
    # shelf" is no loan of "is on the shelf") or a command Alexa keeps for itself ("turn on the
    # lights" is no note of "turn").
    never_first: frozenset[str] = frozenset()
    # No slot value is only one of these ("up" of "up in the attic" is no thing).
    never_alone: frozenset[str] = frozenset()
    # No slot value ends with these ("me strimmer to" of "I lent me strimmer to our Dave").
    never_last: frozenset[str] = frozenset()
    # A thing, a vehicle or a person never starts with these: a preposition of place ("in the
    # multi-storey" is where, not what, was parked), or a pronoun with more after it ("it in
    # the car" is "it" and a place).
    thing_never_first: frozenset[str] = frozenset()
    # A tag said after a request ("…, woll?", "…, eh?"): left out when more is said.
    trailing_fillers: tuple[str, ...] = ()
    # Where a participle may be said before the end of a sentence ("ich hab im Parkhaus geparkt
    # auf Ebene 4"), as German speech often does: heard as if it were last.
    participle: re.Pattern[str] | None = None
    # What no slot value holds inside: a participle before a place ("in Reihe F abgestellt
    # beim Ausgang" is the place of a sentence whose participle came early).
    never_inside: re.Pattern[str] | None = None
    # Words a recognizer writes for "where" when a question verb follows.
    misheard_where: frozenset[str] = frozenset()
    # Fillers kept as the first word: a time before the verb makes a statement of what would
    # otherwise ask ("vorhin hab ich den Pass … gelegt", not "hab ich den Pass … gelegt?")
    time_first: frozenset[str] = frozenset()
    # Words that start an object, never the one who has a thing, said first ("den
    # Hochdruckreiniger hat meine Schwester": the thing, then who has it)
    object_first: frozenset[str] = frozenset()


# German participles: "geparkt", "abgestellt", "angeschlossen", "verstaut", "parkiert"
_GERMAN_PARTICIPLE_WORD = (
    r"(?:(?:ab|an|auf|aus|ein|hin|weg|rein|rüber|hoch|runter|zurück|unter|fest|mit|zu)?ge"
    r"[a-zäöüß]{3,}(?:t|en)|ver[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert)"
)
_GERMAN_PARTICIPLE = re.compile(rf"^{_GERMAN_PARTICIPLE_WORD}$")
_GERMAN_PARTICIPLE_INSIDE = re.compile(
    rf"(?:^|\s){_GERMAN_PARTICIPLE_WORD}\s+(?:im|in|ins|am|an|ans|auf|aufm|aufs|beim|bei|unter"
    r"|unterm|hinter|hinterm|neben|vor|vorm|zwischen|über|überm)\s"
)

LEXICONS = {
    "en": Lexicon(
        BUILT_IN_PHRASES, _CONTRACTIONS, _IS_BEFORE, _FILLERS, _FILLER_PHRASES,
        _LEADING_FILLERS, _QUESTION_WORDS, "open|launch|start|begin", "ask|tell",
        "to |that |about ", never_first=_NEVER_FIRST, never_alone=_NEVER_ALONE,
        never_last=_NEVER_LAST, thing_never_first=_THING_NEVER_FIRST,
        has_before=frozenset(
            {"got", "been", "had", "gone", "taken", "borrowed", "lent", "given", "brought",
             "returned", "handed"}
        ),
        trailing_fillers=_TRAILING_FILLERS, misheard_where=_MISHEARD_WHERE,
    ),
    "de": Lexicon(
        _GERMAN_BUILT_INS, _GERMAN_CONTRACTIONS, frozenset(), _GERMAN_FILLERS,
        _GERMAN_FILLER_PHRASES,
        _GERMAN_LEADING, _GERMAN_QUESTION_WORDS, "öffne|starte|start", "frag|frage|sag|sage",
        "", capitals=True, never_first=_GERMAN_NEVER_FIRST, never_alone=_GERMAN_NEVER_ALONE,
        never_last=_GERMAN_NEVER_LAST, thing_never_first=_GERMAN_THING_NEVER_FIRST,
        trailing_fillers=_GERMAN_TRAILING, participle=_GERMAN_PARTICIPLE,
        launch_after="öffnen|starten|aufmachen",
        never_inside=_GERMAN_PARTICIPLE_INSIDE,
        time_first=frozenset({"vorhin", "eben", "grad", "gerade", "jetzt"}),
        object_first=frozenset({"den", "einen", "meinen", "deinen", "unseren", "seinen", "ihren"}),
    ),
}  # fmt: skip


def lexicon(locale: str) -> Lexicon:
    return LEXICONS.get(locale.split("-")[0], LEXICONS["en"])


_SLOT = re.compile(r"\{(\w+)\}")
_SLOT_MARK = re.compile(r"\{(\w+)\}(?=(')?)")


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"[^\w\s'&-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalize_utterance(text: str, language: Lexicon | None = None) -> str:
    """Lower case, no punctuation, contractions expanded, filler words dropped."""
    lex = language or LEXICONS["en"]
    words = [lex.contractions.get(word, word) for word in _clean(text).split()]
    if len(words) > 1 and words[0] in lex.misheard_where and words[1] in _QUESTION_VERBS:
        words[0] = "where"  # "wear are my keys"
    for index, word in enumerate(words[:-1]):
        following = words[index + 2] if index + 2 < len(words) else ""
        still = words[index + 1] in ("still", "already", "just", "also") and following
        if word.endswith("'s") and (
            words[index + 1] in lex.has_before or (still and following in lex.has_before)
        ):
            words[index] = word[:-2] + " has"  # "Dave's got my drill", "Bazza's still got"
            if still:
                words[index + 1] = ""
            continue
        following = words[index + 1]
        whose = word.startswith(_MARK) and following.startswith(_POSSESSED)
        if (
            word.endswith("'s")
            and not whose  # "{person}'s {item}": whose, not "is"
            and (following in lex.is_before or following.startswith(_MARK))
        ):
            words[index] = word[:-2] + " is"
    text = " " + " ".join(words) + " "
    for phrase in lex.filler_phrases:
        text = text.replace(f" {phrase} ", " ")
    said = text.split()
    kept = [
        word
        for index, word in enumerate(said)
        if word not in lex.fillers or (index == 0 and word in lex.time_first and len(said) > 1)
    ]
    while len(kept) > 1 and kept[0] in lex.leading_fillers:
        kept = kept[1:]
    trimmed = True
    while trimmed:
        trimmed = False
        for tag in lex.trailing_fillers:
            size = len(tag.split())
            if len(kept) > size and " ".join(kept[-size:]) == tag:
                kept, trimmed = kept[:-size], True
    return " ".join(kept) if kept else _clean(text)


@dataclass(frozen=True)
class Match:
    intent: str
    slots: dict[str, str | None]
    literal: int = 0  # how much of the sample was words, not slots (0: only slots)
    exact: bool = True  # False when a word was left out or words before a question set aside


@dataclass
class _Pattern:
    intent: str
    source: str  # the regex, compiled at its first use (most samples never meet an utterance)
    literal_length: int
    sample: str
    # slot -> question words its type's values start with ("where my car is parked" is a place)
    question_starts: dict[str, frozenset[str]]
    first_word: str | None  # the sample's first literal word; None when it starts with a slot
    closed: frozenset[str] = frozenset()  # slots whose value is one of their type's
    determined: frozenset[str] = frozenset()  # closed slots whose determiner counts as a word
    # False when reading the sample as an utterance dropped a word of it ("vorhin habe ich
    # {item} {location} getan" reads as the question "habe ich {item} {location} getan")
    whole: bool = True
    _compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled


@dataclass(frozen=True)
class _Slots:
    """What the matcher knows of an intent's slots from their types: the first words of the
    values (where a slot may start), the values themselves (a value the type lists reads better
    than one it does not), and which slots are closed (a hedge is one of HEDGE's values)."""

    leads: dict[str, set[str]]
    values: dict[str, frozenset[str]]
    closed: frozenset[str]
    worded: frozenset[str] = frozenset()  # closed slots that count as words of the sample
    owned: frozenset[str] = frozenset()  # slots of a thing named with its owner ("Sarah's tent")


def _literal_with_closed(pattern: _Pattern, groups: dict[str, str]) -> int:
    """A sample's literal text, counting a closed slot's value as literal: "{item} is
    {location} {hedge}" says more than "the {item} is {location}" when the hedge is one."""
    worded = sum(len(groups[name]) for name in pattern.closed if groups.get(name))
    # the determiner of a closed slot's value counts as the word it is ("where did I leave
    # {vehicle}" with "the van" says as much as "where did I leave the {item}")
    determiners = sum(
        len(value.split()[0]) + 1
        for name, value in groups.items()
        if value and name in pattern.determined and value.split()[0] in _DETERMINER_WORDS
    )
    return pattern.literal_length + worded + determiners


def _compile(
    intent: str,
    sample: str,
    slots: _Slots,
    lex: Lexicon,
    closed: frozenset[str] = frozenset(),
) -> _Pattern:
    """A regex for one sample. A slot that directly follows another must start with one of the
    first words of its type's sample values ("I put {item} {location}": location starts "in",
    "on", "under", ...), so "I put my passport in the drawer" splits where Alexa would. So must
    the only slot of an intent whose type's values start with a few words only (`closed`: a
    place, which starts with a preposition): "what's {location}" is "what's in the garage", not
    "what's the weather like". A slot of a closed type (`_Slots.closed`) is one of its values."""
    pieces = []
    literal = 0
    question_starts: dict[str, frozenset[str]] = {}
    previous_was_slot = False
    first_word: str | None = None
    # "{person}'s" stays one word, so its "'s" is whose, not "is"
    spaced = _SLOT_MARK.sub(
        lambda m: f" {_MARK}{m.group(1)}zz" + ("" if m.group(2) else " "), sample
    )
    marked = normalize_utterance(spaced, lex)
    for index, part in enumerate(_MARKED.split(marked)):
        if index % 2:
            leads = slots.leads.get(part)
            question_starts[part] = frozenset(leads or ()) & lex.question_words
            if part in slots.closed and slots.values.get(part):
                alternatives = "|".join(
                    re.escape(value) for value in sorted(slots.values[part], key=len, reverse=True)
                )
                determiners = "|".join(sorted(_DETERMINER_WORDS))
                pieces.append(f"(?P<{part}>(?:(?:{determiners})\\s+)?(?:{alternatives}))")
                # a value that counts as words ends where it ends, as text does
                previous_was_slot = part not in slots.worded
                continue
            elif part in slots.owned:  # "Sarah's tent": whose, then what
                pieces.append(f"(?P<{part}>(?:\\S+\\s+){{0,3}}?\\S+'s?\\s+.+?)")
            elif (previous_was_slot or part in closed) and leads:
                alternatives = "|".join(re.escape(word) for word in sorted(leads))
                pieces.append(f"(?P<{part}>(?:{alternatives})\\b.*?)")
            else:
                pieces.append(f"(?P<{part}>.+?)")
            previous_was_slot = True
        else:
            text = part.strip()
            previous_was_slot = previous_was_slot and not text
            literal += len(text)
            if index == 0 and text:
                first_word = text.split()[0]
            if text.startswith("'") and pieces:  # "{person}'s": no space before the "'s"
                pieces[-1] += re.escape(text)
            elif text:
                pieces.append(re.escape(text))
    regex = "^" + r"\s+".join(pieces) + "$"
    closed_slots = frozenset(name for name in question_starts if name in slots.worded)
    determined = frozenset(name for name in question_starts if name in slots.closed) - closed_slots
    said_words = len(_SLOT_MARK.sub(" ", sample).split())
    kept_words = len(_MARKED.sub(" ", marked).split())
    return _Pattern(
        intent, regex, literal, sample, question_starts, first_word, closed_slots, determined,
        whole=kept_words >= said_words,
    )  # fmt: skip


def _fits(slot: str, value: str, lex: Lexicon) -> bool:
    """Whether a slot value can be one at all (see `Lexicon.never_first`)."""
    words = value.split()
    thing = slot in _THINGS and (
        words[0] in lex.thing_never_first
        or (len(words) > 1 and words[0] in _LEADING_PRONOUNS)
        or words[-1] in _THING_NEVER_LAST
        or words[-1] in lex.never_last  # a place may end so: "in the" is asked back
    )
    nobody = slot == "person" and " ".join(words) in _NOBODY
    inside = lex.never_inside is not None and lex.never_inside.search(value)
    return bool(words) and not (
        thing
        or nobody
        or inside
        or (words[0] in lex.never_first and (len(words) > 1 or words[0] not in _ALSO_THINGS))
        or (len(words) == 1 and words[0] in lex.never_alone)
    )


def _best(
    patterns: list[_Pattern],
    utterance: str,
    questions: frozenset[str],
    values: dict[str, frozenset[str]] | None = None,
    lex: Lexicon | None = None,
) -> tuple[_Pattern, dict[str, str]] | None:
    """The matching sample with the most literal text; of equals, the one whose slot values
    its types list (Alexa weighs a slot's values too: "where's my car" is where the car is
    parked), then the one whose first slot ends soonest (the split Alexa makes: "I moved my car
    keys to the bowl by the door" moves the car keys)."""
    found = []
    for pattern in patterns:
        matched = pattern.regex.match(utterance)
        if matched:
            groups = {k: v.strip() for k, v in matched.groupdict().items()}
            if not any(
                v.split()[0] in questions - pattern.question_starts.get(k, frozenset())
                or (lex is not None and not _fits(k, v, lex))
                or (
                    lex is not None
                    and k == "person"
                    and matched.start(k) == 0
                    and v.split()[0] in lex.object_first
                )
                # someone is never said with "to" inside ("the snowblower to Gord")
                or (k == "person" and bool(set(v.split()) & _NOT_PERSON))
                # who put it somewhere is someone, not a clause ("i unplugged the baby monitor
                # and", "my hospital badge is") nor the thing ("seinen Pass hat mein Mann …")
                or (
                    k == "who"
                    and (
                        len(v.split()) > 3
                        or bool(set(v.split()) & _NOT_WHO)
                        or (lex is not None and v.split()[0] in lex.object_first)
                    )
                )
                for k, v in groups.items()
                if v
            ):
                found.append((pattern, groups, matched))
    if not found:
        return None
    known = values or {}

    def rank(entry: tuple[_Pattern, dict[str, str], re.Match[str]]) -> tuple[int, bool, int, int]:
        pattern, groups, matched = entry
        listed = sum(
            1 for k, v in groups.items() if v and _bare(v) in known.get(f"{pattern.intent}.{k}", ())
        )
        first_end = min((matched.end(k) for k in groups), default=0)
        return _literal_with_closed(pattern, groups), pattern.whole, listed, -first_end

    pattern, groups, _ = max(found, key=rank)
    return pattern, groups


# Words no one is called: "to" ("the snowblower to Gord" is no person), a verb, a place ("die
# Brille hat Oma ins Bad gelegt" is no loan to "Oma ins Bad gelegt").
_NOT_PERSON = frozenset(
    {"to", "i", "is", "are", "was", "were", "ins", "im", "aufs", "aufm", "aufn", "ans", "unters",
     "unterm", "hinters", "hinterm", "vorm", "überm", "gelegt", "gestellt", "gesteckt", "getan"}
)  # fmt: skip
_NOT_WHO = frozenset(
    {"i", "is", "are", "was", "were", "am", "and", "it", "to", "has", "have", "had", "been", "'s",
     "ich", "ist", "sind", "und", "es", "hab", "habe", "war", "wir", "du"}
)  # fmt: skip
_DETERMINER_WORDS = frozenset(
    {"the", "my", "our", "a", "an", "your", "me", "der", "die", "das", "den", "dem", "mein",
     "meine", "meinen", "meinem", "unser", "unsere", "unseren", "ein", "eine", "einen"}
)  # fmt: skip


def _bare(value: str) -> str:
    """A value without the determiner before it, as a type's listed values are compared."""
    words = value.split()
    while len(words) > 1 and words[0] in _DETERMINER_WORDS:
        words = words[1:]
    return " ".join(words)


def _candidates(index: dict[str | None, list[_Pattern]], utterance: str) -> list[_Pattern]:
    """The patterns that could match: those starting with the utterance's first word, and
    those starting with a slot."""
    first = utterance.split(" ", 1)[0]
    return index.get(first, []) + index.get(None, [])


def _tolerant(
    index: dict[str | None, list[_Pattern]],
    utterance: str,
    questions: frozenset[str],
    values: dict[str, frozenset[str]] | None = None,
    lex: Lexicon | None = None,
) -> tuple[_Pattern, dict[str, str]] | None:
    """The best match with one word of the utterance left out, if any; or, where the language
    says a participle may come early, with that participle said last."""
    words = utterance.split()
    if len(words) < 3:
        return None
    found = []
    if lex is not None and lex.participle is not None:
        for position, word in enumerate(words[:-1]):
            if position and lex.participle.match(word):
                moved = " ".join(words[:position] + words[position + 1 :] + [word])
                best = _best(_candidates(index, moved), moved, questions, values, lex)
                if best:
                    found.append(best)
    for position in range(len(words)):
        if (
            words[position] in questions
            or words[position] in _KEPT
            or (lex is not None and words[position] in lex.thing_never_first)
            or (position == 0 and lex is not None and words[0] in lex.never_first)
        ):
            continue  # a question word, a preposition, "not" or a command is never left out
        shorter = " ".join(words[:position] + words[position + 1 :])
        best = _best(_candidates(index, shorter), shorter, questions, values, lex)
        if best:
            found.append(best)
    return max(found, key=lambda pair: _literal_with_closed(*pair)) if found else None


def _indexed(patterns: list[_Pattern]) -> dict[str | None, list[_Pattern]]:
    index: dict[str | None, list[_Pattern]] = {}
    for pattern in patterns:
        index.setdefault(pattern.first_word, []).append(pattern)
    return index


class Model:
    def __init__(self, document: dict[str, Any], locale: str = "en-US") -> None:
        language = document["interactionModel"]["languageModel"]
        self.locale = locale
        self.lexicon = lex = lexicon(locale)
        self.invocation_name: str = language["invocationName"]
        self.intents: list[dict[str, Any]] = language["intents"]
        self.slot_names = {
            intent["name"]: [slot["name"] for slot in intent.get("slots", [])]
            for intent in self.intents
        }
        type_values = {
            slot_type["name"]: frozenset(
                normalize_utterance(value["name"]["value"], lex)
                for value in slot_type.get("values", [])
            )
            for slot_type in language.get("types", [])
        }
        first_words = {
            name: {value.split()[0] for value in values if value}
            for name, values in type_values.items()
        }
        sizes = {name: len(values) for name, values in type_values.items()}
        self._values: dict[str, frozenset[str]] = {}
        self._patterns: list[_Pattern] = []
        self._slot_patterns: dict[tuple[str, str], list[_Pattern]] = {}
        for intent in self.intents:
            declared = intent.get("slots", [])
            slots = _Slots(
                leads={slot["name"]: first_words.get(slot["type"], set()) for slot in declared},
                values={
                    slot["name"]: type_values.get(slot["type"], frozenset()) for slot in declared
                },
                closed=frozenset(slot["name"] for slot in declared if slot["type"] in CLOSED_TYPES),
                worded=frozenset(slot["name"] for slot in declared if slot["type"] in WORDED_TYPES),
                owned=frozenset(
                    slot["name"]
                    for slot in declared
                    if type_values.get(slot["type"])
                    and all("'" in value for value in type_values[slot["type"]])
                ),
            )
            for slot in declared:
                self._values[f"{intent['name']}.{slot['name']}"] = frozenset(
                    _bare(value) for value in slots.values[slot["name"]]
                )
            closed = frozenset(
                slot["name"]
                for slot in declared
                if len(declared) == 1
                and (
                    slot["type"] in PLACE_TYPES
                    or 0 < 3 * len(first_words.get(slot["type"], ())) <= sizes.get(slot["type"], 0)
                )
            )
            self._patterns += [
                _compile(intent["name"], sample, slots, lex, closed)
                for sample in intent.get("samples", [])
            ]
            for slot in declared:
                self._slot_patterns[(intent["name"], slot["name"])] = [
                    _compile(intent["name"], sample, slots, lex)
                    for sample in slot.get("samples", [])
                ]
        self._index = _indexed(self._patterns)
        names = {intent["name"] for intent in self.intents}
        self._built_ins = {
            normalize_utterance(phrase, lex): name
            for name, phrases in lex.built_ins.items()
            if name in names
            for phrase in phrases
        }

    @classmethod
    def load(cls, path: Path | None = None, *, locale: str = "en-US") -> Model:
        """The model of `locale` (or the document at `path`, read as that locale's); one per
        file and locale, kept while the file is unchanged."""
        path = path or model_path(locale)
        return _loaded(str(path), locale, path.stat().st_mtime_ns)

    def normalize(self, utterance: str) -> str:
        return normalize_utterance(utterance, self.lexicon)

    def match(self, utterance: str) -> Match:
        """The intent and slots for an utterance; AMAZON.FallbackIntent when nothing fits.

        As Alexa does, a carrier phrase explains more than a bare "{item} {location}": a
        sample with words of its own wins over one of slots only, also with one word of the
        utterance left out or with what comes before a question word ("quick question, where's
        my badge") set aside."""
        text = self.normalize(utterance)
        questions = self.lexicon.question_words
        if text in self._built_ins:
            return Match(self._built_ins[text], {})
        best = _best(_candidates(self._index, text), text, questions, self._values, self.lexicon)
        exact = True
        if best is None or not _literal_with_closed(*best):
            worded = [
                found
                for found in (
                    self._from_question_word(text),
                    _tolerant(self._index, text, questions, self._values, self.lexicon),
                )
                if found and _literal_with_closed(*found)
            ]
            if worded:
                best = max(worded, key=lambda pair: _literal_with_closed(*pair))
                exact = False
        if best is None:
            return Match("AMAZON.FallbackIntent", {})
        pattern, values = best
        slots: dict[str, str | None] = dict.fromkeys(self.slot_names.get(pattern.intent, []))
        slots.update(values)
        return Match(pattern.intent, slots, _literal_with_closed(pattern, values), exact)

    def _from_question_word(self, text: str) -> tuple[_Pattern, dict[str, str]] | None:
        """The best match of the words from the first question word on, when words come before
        it ("sorry, where are the car keys", "you know where is my son's passport")."""
        words = text.split()
        first = next(
            (i for i, word in enumerate(words) if i and word in self.lexicon.question_words), None
        )
        if first is None:
            return None
        rest = " ".join(words[first:])
        return _best(
            _candidates(self._index, rest), rest, self.lexicon.question_words, self._values,
            self.lexicon,
        )  # fmt: skip

    def request_of(self, utterance: str) -> str:
        """The request in an utterance that names the skill: "tell memory keeper my keys are on
        the hook" -> "my keys are on the hook"."""
        text = self.normalize(utterance)
        name = re.escape(self.invocation_name)
        lex = self.lexicon
        found = re.match(rf"^(?:(?:{lex.one_shot}) )?{name}[, ]+(?:{lex.joiners})?(.+)$", text)
        return found.group(1) if found else text

    def hear(
        self, utterance: str, eliciting: tuple[str, str, dict[str, str | None]] | None = None
    ) -> tuple[Match, bool]:
        """What Alexa would send for `utterance`, and whether it answers the slot being elicited
        (`eliciting`: the intent, the slot asked for, the slots so far). An answer is the asked
        intent with the slot filled, unless the utterance reads better as a request of its own
        (another intent, help or stop, or a value for a slot already filled)."""
        match = self.match(utterance)
        if eliciting and match.intent not in _BUILT_INS_FIRST:
            intent, slot, slots = eliciting
            value = self.match_slot(intent, slot, utterance)
            if value is not None and not _stronger(match, intent, slot, slots):
                return Match(intent, {**slots, slot: value}), True
        return match, False

    def match_slot(self, intent: str, slot: str, utterance: str) -> str | None:
        """The value of `slot` when the user answers the skill's question for it."""
        patterns = self._slot_patterns.get((intent, slot), [])
        best = _best(
            patterns,
            self.normalize(utterance),
            self.lexicon.question_words,
            self._values,
            self.lexicon,
        )
        return best[1].get(slot) if best else None


_BUILT_INS_FIRST = frozenset(
    {
        "AMAZON.HelpIntent",
        "AMAZON.StopIntent",
        "AMAZON.CancelIntent",
        "AMAZON.NavigateHomeIntent",
    }
)


def _stronger(match: Match, intent: str, slot: str, slots: dict[str, str | None]) -> bool:
    """True when the utterance reads better as a new request than as an answer to the question:
    another intent, the asked slot itself, another value for a slot already filled, or a sample
    of the asked intent with no slot."""
    if match.intent == "AMAZON.FallbackIntent" or (match.slots and not match.literal):
        return False  # nothing heard, or only slots ("{item} {location}"): the answer it is
    if not match.exact:
        return False  # a request heard only by leaving words out: the answer reads better
    changed = any(value and value != slots.get(name) for name, value in match.slots.items())
    # A sample of the asked intent itself with no slot in it ("remember something") is that
    # request again, as Alexa hears it, not a value for the slot.
    itself = match.intent == intent and not any(match.slots.values())
    return match.intent != intent or bool(match.slots.get(slot)) or changed or itself


@functools.lru_cache(maxsize=16)
def _loaded(path: str, locale: str, modified: int) -> Model:
    return Model(json.loads(Path(path).read_text(encoding="utf-8")), locale)


def as_said(value: str | None, said: str, lex: Lexicon | None = None) -> str | None:
    """A slot value with the capitals the user typed ("am Haken", not "am haken"), as Alexa
    writes German nouns; the matcher itself works in lower case. A word the matcher read in
    its standard form ("dat" as "das", "mei" as "mein") stays so, with the capital it was said
    with."""
    if not value:
        return value
    words = r"\W+".join(re.escape(word) for word in value.split())
    found = re.search(rf"(?<!\w){words}(?!\w)", said, re.IGNORECASE)
    # Alexa writes no commas in a slot ("im Handschuhfach, sondern im Auto")
    spoken = " ".join(found.group(0).replace(",", " ").split()) if found else ""
    if spoken.lower() == value.lower():
        return spoken
    return _aligned(value, said, lex) if lex is not None else value


def _aligned(value: str, said: str, lex: Lexicon) -> str:
    """`value` in the words of `said` read as the matcher reads them, each with its capital."""
    tokens = re.findall(r"[\w']+", said.replace("’", "'").replace("-", " "))
    readings = [lex.contractions.get(token.lower(), token.lower()).split() for token in tokens]
    wanted = value.lower().split()
    for start in range(len(tokens)):
        out: list[str] = []
        position, index = 0, start
        while position < len(wanted) and index < len(tokens):
            reading = readings[index]
            if wanted[position : position + len(reading)] == reading:
                token = tokens[index]
                if reading == [token.lower()]:
                    out.append(token)
                else:
                    first, *rest = reading
                    out += [first.capitalize() if token[0].isupper() else first, *rest]
                position += len(reading)
            elif not out or not (
                tokens[index].lower() in lex.fillers
                or (lex.participle is not None and lex.participle.match(reading[0]))
            ):
                break
            index += 1
        if position == len(wanted):
            return " ".join(out)
    return value


def _corpus_report(paths: list[Path], *, misses: bool, notes: bool) -> int:
    """Print how well each corpus file is understood (and, with `notes`, how many of its notes
    come back when asked for days later); the misses too when asked for."""
    import os
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    if str(root / "lambda") not in sys.path:
        sys.path.insert(0, str(root / "lambda"))
    from tools.corpus import judge_for, load, notes_come_back, score

    files = [
        p
        for path in paths
        for p in (sorted(path.glob("utterances*.txt")) if path.is_dir() else [path])
    ]
    if not files:
        print(f"nlu: no utterances*.txt in {' '.join(map(str, paths))}", file=sys.stderr)
        return 2
    handler = None
    if notes:
        os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
        os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "ERROR")
        os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")
        from attribute_store.sqlite import SqliteStore
        from memory_keeper.settings import Settings
        from memory_keeper.skill import build_skill, lambda_handler

        store = SqliteStore(Path(tempfile.mkdtemp(prefix="nlu-notes-")) / "notes.sqlite3")
        settings = Settings()
        handler = lambda_handler(build_skill(settings, store), settings)
    judges: dict[str, object] = {}
    for path in files:
        try:
            cases = load(path)
        except ValueError as error:
            print(f"nlu: {error}", file=sys.stderr)
            return 2
        for case in cases:
            if case.locale not in LOCALES:
                print(f"nlu: {case.source}: no model for locale {case.locale}", file=sys.stderr)
                return 2
            judges.setdefault(case.locale, judge_for(case.locale))
        result = score(cases, lambda case: judges[case.locale](case))  # type: ignore[operator]
        for line in result.lines(path.name, misses=misses):
            print(line)
        if handler is not None:
            came_back = notes_come_back(cases, handler)
            print(
                f"{path.name}: {came_back.accuracy:.1%} of notes come back "
                f"({came_back.understood}/{came_back.total})"
            )
            if misses:
                for case, reply in came_back.misses:
                    print(f"  not back {case.source}: {case.then!r} -> {reply}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m tools.nlu "where are my keys"` prints what the model hears; `--corpus` scores
    corpus files (or folders of them) in the format of `tools/corpus.py`."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tools.nlu", description="What Memory Keeper's model hears."
    )
    parser.add_argument("utterances", nargs="*", help="utterances to match, one per argument")
    parser.add_argument("--locale", default="en-US", choices=LOCALES)
    parser.add_argument(
        "--corpus", nargs="+", type=Path, default=[], help="corpus files or folders to score"
    )
    parser.add_argument("--misses", action="store_true", help="print every line missed")
    parser.add_argument(
        "--notes", action="store_true", help="also tell each note to the skill and ask it back"
    )
    args = parser.parse_args(argv)
    if args.corpus:
        return _corpus_report(args.corpus, misses=args.misses, notes=args.notes)
    if not args.utterances:
        parser.error("give an utterance or --corpus PATH")
    model = Model.load(locale=args.locale)
    for utterance in args.utterances:
        match = model.match(model.request_of(utterance))
        slots = {name: value for name, value in match.slots.items() if value}
        print(f"{utterance!r} -> {match.intent} {slots}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
