"""German: the grammar of what Memory Keeper hears and says in German, and its strings.

A German noun's gender decides its article, its possessive and the pronoun that points back to it,
and the skill cannot know the gender of whatever a user names. So it never guesses one:

- The user's own possessive or article is kept and turned around: "mein Schlüssel" -> "dein
  Schlüssel", "meine Brille" -> "deine Brille", "meinen Pass" -> "deinen Pass".
- The sentence is chosen to fit the form the user said. "dein"/"der"/"das" (certainly singular,
  nominative) take "ist": "Dein Schlüssel ist am Haken." "deine"/"die" (feminine or plural, the
  same in nominative and accusative) and "deinen"/"den" (accusative) are the object of "findest
  du", which agrees with "du" only: "Deine Schlüssel findest du am Haken." "Deinen Pass findest
  du in der Schublade."
- No sentence uses er/sie/es for an item: earlier places are listed ("Davor: im Auto"), and what
  follows refers to "das" (what the user said), which is neuter whatever the item.

A place said with a direction ("in die Schublade gelegt") is said back as a location ("in der
Schublade") where the preposition's case makes that certain. Matching forgives articles and
possessives, common plural endings, umlauts and ß ("Schluessel" finds "Schlüssel").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import takewhile

from .common import (
    asked_back,
    choose,
    minutes_between,
    place_phrases,
    rest_wanted,
    settled_place,
    split_items,
)

__all__ = ["GRAMMAR", "STRINGS", "German"]

_PUNCTUATION = re.compile('[.,!?;:"()\\[\\]{}\u201e\u201c\u201d\u201a\u2018]+')
_SPACES = re.compile(r"\s+")

# The user's possessives, said back from the skill's side (every case ending).
_FLIP = {
    "mein": "dein", "meine": "deine", "meinen": "deinen", "meinem": "deinem", "meiner": "deiner",
    "meines": "deines", "unser": "euer", "unsere": "eure", "unseren": "euren",
    "unserem": "eurem", "unserer": "eurer", "unseres": "eures", "ich": "du", "mir": "dir",
    "mich": "dich", "wir": "ihr", "uns": "euch",
}  # fmt: skip
# A determiner said before an item -> (the form to say, the sentence it fits). "ist": nominative
# singular, "Dein Pass ist ..."; "findest": the accusative object of "findest du".
_DETERMINERS: dict[str, tuple[str, str]] = {
    "dein": ("dein", "ist"), "euer": ("euer", "ist"), "der": ("der", "ist"),
    "das": ("das", "ist"), "ein": ("ein", "ist"), "kein": ("dein", "ist"),
    "deinem": ("dein", "ist"), "eurem": ("euer", "ist"), "dem": ("dein", "ist"),
    "einem": ("ein", "ist"), "deines": ("dein", "ist"), "eures": ("euer", "ist"),
    "des": ("dein", "ist"), "eines": ("ein", "ist"),
    "deinen": ("deinen", "findest"), "euren": ("euren", "findest"), "den": ("den", "findest"),
    "einen": ("einen", "findest"),
    "deine": ("deine", "findest"), "eure": ("eure", "findest"), "die": ("die", "findest"),
    "eine": ("eine", "findest"), "deiner": ("deine", "findest"), "eurer": ("eure", "findest"),
    "einer": ("eine", "findest"),
}  # fmt: skip
# The nominative of an accusative determiner, for titles and choices ("Deinen Pass" -> "Dein Pass").
_NOMINATIVE = {"deinen": "dein", "euren": "euer", "den": "der", "einen": "ein"}
_ARTICLES = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine",
        "deinen", "deinem", "deiner", "deines", "unser", "unsere", "unseren", "unserem",
        "unserer", "unseres", "euer", "eure", "euren", "eurem", "eurer", "eures", "kein",
        "keine", "dieser", "diese", "dieses", "diesen",
    }
)  # fmt: skip
_TRAILING = ("bitte", "wieder", "jetzt", "nochmal", "noch mal", "auch", "eigentlich", "denn",
             "gerade", "hin", "schon wieder", "überhaupt", "schon mal", "schon")  # fmt: skip
_LOCATION_VERBS = ("ist ", "sind ", "liegt ", "liegen ", "steht ", "stehen ", "hängt ",
                   "hängen ", "jetzt ", "gerade ", "es ist ", "sie sind ")  # fmt: skip
_LOCATION_TAILS = (" bitte", " gelegt", " getan", " gesteckt", " gestellt", " gehängt", " is",
                   " ist", " sind", " liegt", " liegen", " steht", " stehen", " hängt",
                   " hängen", " steckt", " stecken", " hab", " habe", " haben", " auf",
                   " zu packen", " zu legen", " zu stellen", " zu räumen", " lassen")  # fmt: skip
_PRONOUNS = frozenset(
    {
        "es", "sie", "ihn", "er", "das", "die", "den", "der", "dies", "dieses", "diese",
        "diesen", "das ding", "die dinger", "die sachen", "das zeug", "das da", "die da", "des",
    }
)  # fmt: skip
# "Vergiss es" is "lass gut sein", however the model hears it ("vergiss das" still names the
# item last mentioned, as "forget about it" does in English).
_DISMISSALS = frozenset({"es"})
_DISMISSAL_FILLERS = frozenset({"einfach", "bitte", "doch", "schon", "dann", "jetzt"})
_EVERYTHING_TAIL = re.compile(
    r"\s+(?:was|die|das) (?:ich dir|du) (?:je |jemals |so |alles |)(?:gesagt|erzählt|gemerkt"
    r"|gespeichert|weißt)(?: (?:habe|hab|hast))?$"
)
_EVERYTHING = frozenset(
    {
        "alles", "alle", "alles was ich dir gesagt habe", "alles was du weißt", "sachen",
        "meine sachen", "all meine sachen", "alle meine sachen", "alle sachen", "einträge",
        "alle einträge", "meine einträge", "notizen", "alle notizen", "meine notizen", "daten",
        "meine daten", "alle daten", "liste", "die liste", "die ganze liste", "alle dinge",
        "meine dinge", "dinge", "alles von mir",
    }
)  # fmt: skip
_NON_ANSWER = re.compile(
    r"^(?:(?:ich )?(?:weiß|weiss) (?:es |das )?(?:nicht|ich nicht)|keine ahnung|kein plan"
    r"|keinen (?:schimmer|plan)|(?:ich bin )?(?:mir )?nicht sicher|nirgendwo"
    r"|irgendwo(?!\s+(?:in|im|ins|an|am|auf|aufm|unter|unterm|hinter|hinterm|neben|bei|beim|vor"
    r"|vorm|über|überm|zwischen)\b)"
    r"|(?:ich )?(?:habe|hab) (?:es |das )?vergessen|(?:ich )?(?:kann|weiß) (?:mich )?nicht mehr"
    r"|(?:ich )?(?:erinnere mich|erinner mich) nicht|unbekannt|egal)\b"
)
# Prepositions that take the accusative for a direction and the dative for a location.
_TWO_WAY = frozenset({"in", "an", "auf", "unter", "über", "hinter", "neben", "vor", "zwischen"})
_CONTRACTED = {
    "ins": "im", "ans": "am", "aufs": "auf dem", "unters": "unter dem", "hinters": "hinter dem",
    "übers": "über dem", "vors": "vor dem",
}  # fmt: skip
_TO_DATIVE = {
    "die": "der", "das": "dem", "den": "dem", "eine": "einer", "ein": "einem", "einen": "einem",
    "deine": "deiner", "dein": "deinem", "deinen": "deinem", "eure": "eurer", "euer": "eurem",
    "euren": "eurem",
}  # fmt: skip
# Masculine nouns ending in -en, whose accusative "den Garten" is not a dative plural.
_MASCULINE_EN = ("garten", "wagen", "kasten", "ofen", "boden", "schuppen", "laden", "rahmen",
                 "beutel", "schrank", "kuchen", "haken", "balken", "korb")  # fmt: skip
_PLACE_STARTS = frozenset(
    {
        *_TWO_WAY, *_CONTRACTED, "im", "am", "beim", "bei", "zu", "zum", "zur", "hinterm",
        "unterm", "überm", "vorm", "oben", "unten", "draußen", "drinnen", "da", "dort", "hier",
        "links", "rechts", "mitten", "innen", "außen", "gegenüber", "nach", "daheim", "zuhause",
        "hinten", "vorne", "mit", "innerhalb", "außerhalb", "oberhalb",
        "unterhalb", "irgendwo", "noch", "immer", "wieder", "jetzt",
    }
)  # fmt: skip
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_SUFFIXES = ("en", "er", "e", "n")
# How a question about a place starts ("was ist in der Garage"); "was ist das Wetter" asks
# about no place.
_PREPOSITIONS_OF_PLACE = _TWO_WAY | frozenset(_CONTRACTED) | {
    "im", "am", "beim", "bei", "hinterm", "unterm", "überm", "vorm", "oben", "unten",
    "draußen", "drinnen", "innerhalb", "außerhalb", "oberhalb", "unterhalb", "zu", "zum",
    "zur", "daheim", "zuhause", "gegenüber", "mitten",
}  # fmt: skip
# A correction: "nicht die rote Schublade, sondern die blaue"; the place it corrects lends its
# preposition to a new place said without one ("im Schrank" -> "ich meinte die Kommode").
_SETTLING = frozenset({"sondern", "aber"})
_PREPOSITION_OF = {
    "in": "in", "im": "in", "ins": "in", "an": "an", "am": "an", "ans": "an", "auf": "auf",
    "aufs": "auf", "unter": "unter", "unterm": "unter", "unters": "unter", "hinter": "hinter",
    "hinterm": "hinter", "neben": "neben", "über": "über", "überm": "über", "vor": "vor",
    "vorm": "vor",
}  # fmt: skip
# Words that make a phrase a request to someone rather than the name of a thing ("sing mir was").
_ADDRESSING = frozenset({"mir", "mich", "ich", "du", "dir", "dich", "uns", "wir", "euch"})
_COMMANDS = frozenset(
    {
        "spiel", "spiele", "sing", "singe", "erzähl", "erzähle", "sag", "sage", "stell",
        "stelle", "mach", "mache", "schalte", "schalt", "ruf", "rufe", "öffne", "starte",
        "zeig", "zeige", "lies", "kauf", "kaufe", "bestell", "bestelle", "weck", "wecke",
    }
)  # fmt: skip
# Heads of compound nouns, as `_stem` writes them: "Autoschlüssel" is looked up as "auto
# schlussel", so "meine Schlüssel" finds the car keys and the house keys and asks which.
_HEADS = ("schlussel", "brill", "tasch", "kabel", "gerat", "ausweis", "pass", "kart", "jack",
          "schuh", "uhr", "buch", "schirm", "hor", "lamp", "beutel", "schein", "kist", "flasch",
          "mapp", "dos", "mantel", "hos", "handy", "telefon", "ring", "kett")  # fmt: skip
_DETERMINER_WORDS = (
    r"(?:mein|meine|meinen|dein|deine|deinen|der|die|das|den|ein|eine|einen|unser|unsere|"
    r"unseren)"
)
# "meine Schlüssel und mein Geldbeutel": a second item starts with a possessive of its own (as in
# English); "Salz und Pfeffer", "die Schuhe der Kinder" and "das Ladekabel für mein Handy" stay
# one name.
_ITEM_POSSESSIVES = frozenset(
    {
        "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "deinen", "unser",
        "unsere", "unseren", "sein", "seine", "seinen", "ihr", "ihre", "ihren",
    }
)  # fmt: skip
_AND_FILLERS = frozenset({"auch", "dann"})
_JOINING = frozenset(
    {
        "für", "von", "vom", "mit", "aus", "zu", "zum", "zur", "in", "im", "an", "am", "auf",
        "unter", "hinter", "neben", "bei", "beim", "ohne", "über", "gegen", "vor", "zwischen",
    }
)  # fmt: skip
# A place that tells of another item: "in der Schublade und mein Geldbeutel ist im Auto", "am
# Haken, mein Geldbeutel liegt auf dem Tisch" (Alexa drops the comma), "und mein Pass auch".
# "Zwischen dem Sofa und der Wand im Wohnzimmer" is one place.
_POSSESSIVE = r"(?:mein|meine|meinen|dein|deine|deinen|unser|unsere|unseren)"
_ANOTHER_ITEM_IN_PLACE = re.compile(
    rf"\bund {_DETERMINER_WORDS} (?:\S+ ){{0,2}}?(?:ist|sind|liegt|liegen|steht|stehen)\b"
    rf"|\bund {_DETERMINER_WORDS} (?:\S+ ){{0,2}}?(?:in|im|auf|am|unter|hinter|neben|bei)\b"
    rf"|\b{_POSSESSIVE} (?:\S+ ){{0,2}}?(?:ist|sind|liegt|liegen|steht|stehen)\b"
    rf"|\bund {_POSSESSIVE} (?:\S+ ){{0,2}}?auch$"
    rf"|, {_DETERMINER_WORDS} (?:\S+ ){{0,2}}?(?:ist|sind|liegt|liegen|steht|stehen)\b",
    re.IGNORECASE,
)
# "zwischen dem Sofa und der Wand": that "und" joins one place.
_BETWEEN = re.compile(r"\bzwischen ((?:\S+ ){1,3}?)und ", re.IGNORECASE)
_ITEM_WITH_A_VERB = re.compile(
    r"\b(?:ist|sind|liegt|liegen|steht|stehen|hängt|hängen)\b", re.IGNORECASE
)
_REQUEST_OPENING = re.compile(
    r"^(?:(?:hey |also |ach ja |moin |hallo |hi )?(?:merk dir|notier|bitte merken|schreib dir auf"
    r"|schreib auf|kurze info|kurz zur info|zur info|info|kannst du dir merken"
    r"|kannst du dir das merken|kurz notieren|notieren|kurz merken|kurz aufschreiben)"
    r"|nur (?:dass|damit) (?:du's|dus|du es) weißt|damit (?:du's|dus|du es) weißt"
    r"|notiz an mich(?: selbst| selber)?"
    r"|(?:also |ach )?damit ich(?:'s|s| es)? nicht (?:wieder |schon wieder )?(?:vergess|vergesse)"
    r"|(?:ach |oh |übrigens )?(?:bevor ich's vergesse|bevor ich es vergesse|bevor ichs vergesse"
    r"|damit ich's nicht vergesse|damit ich es nicht vergesse)"
    r"|warte mal|warte|moment mal|moment),? (?:dass )?(?:ich (?:habe|hab) (?=(?:den|die|das"
    r"|meinen|meine|mein|unseren|unsere|unser) ))?",
    re.IGNORECASE,
)
_STALLING = re.compile(
    r"^(?:äh+m?|ähm|öh+m?|hm+|warte|warte mal|moment|einen moment|moment mal|augenblick"
    r"|lass mich (?:überlegen|nachdenken)|sag ich dir später|später)$"
)
_QUESTION_WORDS = frozenset(
    {
        "was", "wo", "wer", "wann", "warum", "wie", "welche", "welcher", "welches", "hast",
        "weißt", "weisst", "kannst", "ist", "sind", "prüf", "prüfe", "seit",
    }
)  # fmt: skip
_QUESTION_FOLLOWERS = frozenset(
    {
        "du", "ich", "ob", "mein", "meine", "meinen", "der", "die", "das", "es", "ist", "sind",
        "im", "in", "auf", "am", "wann", "lange",
    }
)  # fmt: skip
_NEGATIONS = frozenset({"nein", "nö", "ne", "nee"})
# Comparing places ("ist mein Pass in der Schublade?"): "im" is "in dem", no articles.
_SAME_PREPOSITION = {
    "im": "in", "ins": "in", "am": "an", "ans": "an", "beim": "bei", "vom": "von", "zum": "zu",
    "zur": "zu", "aufs": "auf", "innen": "in", "drin": "in", "nicht": "not", "statt": "not",
    "anstatt": "not", "sondern": "not", "aber": "not",
}  # fmt: skip
# Words that only say which one of a kind ("die oberste Schublade" is "die Schublade").
_PLACE_MODIFIERS = (
    "oberste", "obere", "unterste", "untere", "linke", "rechte", "mittlere", "vordere",
    "hintere", "erste", "zweite", "dritte", "große", "kleine", "alte", "neue", "andere", "blaue",
    "rote", "grüne", "gelbe", "schwarze", "weiße", "braune", "graue",
)  # fmt: skip
_PLACE_PREPOSITIONS = _JOINING | {
    "ins", "ans", "aufs", "innen", "drin", "oben", "unten", "da", "nicht", "statt", "anstatt",
    "sondern", "aber",
}  # fmt: skip
_PLACE_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
# A place cut off before its noun ("in der", "auf dem", "im"): nothing but prepositions and
# articles, or one of them last. A trailing "und" is not part of a place.
_CUT_OFF_WORDS = _ARTICLES | _JOINING | {
    "ins", "ans", "aufs", "unters", "unterm", "hinterm", "hinters", "überm", "übers", "vorm",
    "vors", "zwischen",
}  # fmt: skip
_PLACE_CONJUNCTIONS = frozenset({"und", "oder", "aber"})
# A time said after the item of a question ("wo war mein Pass am Dienstag", "… gestern"): no part
# of the item, unless a word before it ties it to the name ("die Zeitung von gestern").
_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_PARTS = r"(?: (?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht))?"
# A pattern, not compiled at import: `re` compiles (and caches) it at the first question.
_TIME_AFTER_ITEM = (
    "(?i)"
    rf"^(?P<item>.+?) (?P<time>(?:vorgestern|gestern|heute|am {_DAYS}){_PARTS}"
    r"|letzte (?:woche|nacht)|letzten (?:monat|sonntag|samstag)|letztes (?:jahr|wochenende)"
    r"|diese woche|neulich|vorhin|am wochenende"
    r"|vor (?:einem|einer|zwei|drei|vier|fünf|ein paar|\d+)"
    r" (?:tag|tagen|woche|wochen|monat|monaten))$"
)
_TIME_TIES = frozenset({"von", "vom", "für", "seit", "bis", "aus", "ab"})
# Answers to "Was meinst du: dein Autoschlüssel oder dein Hausschlüssel?": the words around the
# choice ("den vom Auto"), "beide", and an order ("den zweiten").
_CHOICE_IGNORED = _ARTICLES | {
    "vom", "von", "für", "fürs", "mit", "ich", "meinte", "da", "hier", "bitte", "ding",
    "eins", "einer", "welcher", "jenen", "jener", "jenes", "sie", "doch",
}  # fmt: skip
_CHOICE_EVERY = frozenset({"beide", "beiden", "beides", "alle", "alle beide", "alle zwei"})
_ORDINALS = {
    f"{stem}{ending}": index
    for stem, index in (
        ("erst", 0), ("zweit", 1), ("dritt", 2), ("letzt", -1), ("viert", 3), ("fünft", 4),
        ("sechst", 5),
    )
    for ending in ("e", "en", "er", "es")
}  # fmt: skip
# Answers that ask for the options "… und noch eine" did not name: one ("den anderen", "noch
# eine") or all of them ("die anderen", "den Rest"); "die anderen" is told by its article.
_REST_ONE = frozenset(
    {"andere", "anderen", "anderer", "anderes", "noch", "noch weitere", "weitere", "weiteren",
     "übrige", "übrigen", "übriges"}
)  # fmt: skip
_REST_ALL = frozenset({"rest", "alle anderen", "alle übrigen", "restlichen", "alle restlichen"})
_REST_PLURAL = frozenset({"anderen", "übrigen", "restlichen", "weiteren"})
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_NUMBERS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zehn", "elf", "zwölf")  # fmt: skip


# Wie sicher jemand ist, mit der Notiz gesagt: behalten und zurückgesagt ("Deine Bohrmaschine
# ist wahrscheinlich im Schuppen."), nie verworfen und nie Teil des Orts.
_HEDGES = {
    "glaub ich": "wahrscheinlich", "glaube ich": "wahrscheinlich", "ich glaube": "wahrscheinlich",
    "ich glaub": "wahrscheinlich", "denke ich": "wahrscheinlich", "ich denke": "wahrscheinlich",
    "wahrscheinlich": "wahrscheinlich", "vermutlich": "wahrscheinlich",
    "bestimmt": "wahrscheinlich", "ziemlich sicher": "wahrscheinlich",
    "ich bin mir ziemlich sicher": "wahrscheinlich", "soweit ich weiß": "wahrscheinlich",
    "wenn ich mich richtig erinnere": "wahrscheinlich", "vielleicht": "vielleicht",
    "möglicherweise": "vielleicht", "eventuell": "vielleicht", "irgendwie": "vielleicht",
    "wohl": "wahrscheinlich", "denk ich": "wahrscheinlich", "schätze ich": "wahrscheinlich",
    "schätz ich": "wahrscheinlich", "mein ich": "wahrscheinlich", "meine ich": "wahrscheinlich",
    "oder so": "wahrscheinlich", "würde ich sagen": "wahrscheinlich",
    "bin mir nicht sicher": "vielleicht", "ich bin mir nicht sicher": "vielleicht",
    "irgendwo": "irgendwo",  # "irgendwo im Regal": a place, not known exactly
}  # fmt: skip
_HEDGE_ALTERNATIVES = "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True))
_HEDGE_PATTERN = re.compile(
    rf"^(?:(?P<lead>{_HEDGE_ALTERNATIVES})\b,?\s*)?(?P<rest>.*?)"
    rf"(?:,?\s*\b(?P<tail>{_HEDGE_ALTERNATIVES}))?$",
    re.IGNORECASE,
)
# Wörter vor einem Ort, die nur sagen, wie es dahin kam: "unten im Keller", "draußen im Schuppen",
# "nach oben ins Gästezimmer".
_PARTICLE_RUN = re.compile(
    r"^(?:(?:oben|unten|hinten|vorne|vorn|draußen|drinnen|drüben|ganz|rüber|rauf|runter|hoch"
    r"|wieder|noch|jetzt|gerade|grad|mal|einfach|nach oben|nach unten|nach hinten|nach draußen"
    r"|nach drinnen|sicherheitshalber|erst mal|erstmal)\s+)+"
    r"(?=(?:in|im|ins|an|am|ans|auf|aufm|aufn|aufs|unter|unterm|unters|hinter|hinterm|hinters"
    r"|neben|vor|vorm|vors|über|überm|übers|bei|beim|zwischen|zu|zum|zur)\b)",
    re.IGNORECASE,
)
# Ein zweiter Satz, der es woanders hinlegt: "(meine Uhr) beim Duschen abgelegt und sie liegt
# aufm Waschbecken", "mit ins Büro genommen und da in den Schreibtisch (gelegt)".
_LATER_PLACE = re.compile(
    r"^.*?\s(?:[a-zäöü]*ge[a-zäöüß]{3,}(?:t|en)|[a-zäöü]{3,}iert|versteckt|verstaut)\s+und\s+"
    r"(?:(?:dann|danach|da|dort|jetzt|nun|sie|er|es|die|der|das|den|liegt|liegen|steht|stehen"
    r"|ist|sind|is|hängt|hängen|steckt|stecken|hab|habe|ich|hat|wieder|noch|gleich)\s+)*"
    r"(?=(?:in|im|ins|an|am|ans|auf|aufm|aufn|aufs|unter|unterm|unters|hinter|hinterm|hinters"
    r"|neben|vor|vorm|vors|über|überm|übers|bei|beim|zwischen|zu|zum|zur)\s)",
    re.IGNORECASE,
)
_THING_DETERMINER = (
    r"(?=(?:den|die|das|der|dem|des|mein|meine|meinen|meinem|meiner|sein|seine|seinen|ihr|ihre"
    r"|ihren|unser|unsere|unseren|dein|deine|deinen)\s)"
)
# A verb, and who did it, before the thing of a question: "hat mein Mann die Bohrmaschine",
# "stand der Drucker".
_VERB_BEFORE_ITEM = re.compile(
    r"^(?:(?:hat|haben|hatte|hatten)\s+(?:(?:der|die|das|mein|meine|unser|unsere|dein|deine)\s+)?"
    rf"\S+\s+|(?:stand|standen|lag|lagen|hing|hingen|steckte|steckten)\s+){_THING_DETERMINER}",
    re.IGNORECASE,
)
# Where in a home a thing is taken from ("vom Schreibtisch in den Safe"), as the end of a word,
# folded: rooms, furniture, containers. Anything else after "vom" is whose it is.
_HOME_PLACES = (
    "zimmer",
    "raum",
    "kammer",
    "keller",
    "garage",
    "flur",
    "küche",
    "bad",
    "dachboden",
    "speicher",
    "schuppen",
    "haus",
    "büro",
    "auto",
    "balkon",
    "terrasse",
    "garten",
    "werkstatt",
    "scheune",
    "hof",
    "schrank",
    "regal",
    "tisch",
    "kommode",
    "schublade",
    "kiste",
    "karton",
    "fach",
    "ablage",
    "brett",
    "sofa",
    "couch",
    "bett",
    "koffer",
    "tasche",
    "korb",
    "board",
    "boden",
    "sessel",
    "stuhl",
    "bank",
    "platte",
    "wand",
    "ecke",
    "diele",
)
_SPEAKER_BEFORE_ITEM = re.compile(
    rf"^(?:ich|wir)\s+(?:(?:habe|hab|haben|hatte)\s+)?{_THING_DETERMINER}", re.IGNORECASE
)
_NOT_BACK = re.compile(
    r"^(?P<thing>.+?)(?:\s+[a-zäöü]*ge[a-zäöüß]+(?:t|en))?\s+und\s+(?:noch\s+|immer noch\s+)?"
    r"(?:nicht|net|nie|nich)\b.*$",
    re.IGNORECASE,
)
# What is said after who has a thing or the thing lent, for how long or what for: "der Onkel
# Heinz seit letzter Woche", "Jonas fürs Wochenende", "Chris bis Semesterende", "(meinen
# Koffer) für seine Reise".
_LOAN_ASIDE = re.compile(
    r"\s+(?:(?:seit|bis|für|fürs|übers|über|ab) (?:(?:letzter|letzten|letztes|nächste|nächsten"
    r"|nächstes|den|die|das|dem|zum|zur|seine|seinen|ihre|ihren|meine|unsere)\s+)?\S+"
    r"|von mir|noch|grad|gerade|schon|heute|gestern)$",
    re.IGNORECASE,
)
# Someone who has a thing is a name ("grad bei Kemal"); "bei meiner Mutter", "bei Oma" is as
# often where a thing is kept (the corpora's writers say so), so it stays a place.
_HOLDER = re.compile(
    r"^(?:(?:grad|gerade|noch|jetzt|immer noch|zurzeit|momentan)\s+)*bei\s+"
    r"(?!(?:Oma|Opa|Mama|Papa|Mutti|Vati|Omi|Opi)$)(?P<who>[A-ZÄÖÜ][\w-]+)$"
)
_BEFORE_A_CHANGE = re.compile(r"^(?P<item>.+?)\s+(?:bevor|ehe)\s+\S.*$", re.IGNORECASE)
_QUESTION_TAG = re.compile(
    r",?\s+(?:oder nicht|nicht wahr|stimmt's|stimmts|stimmt das|stimmt es|richtig|gell|oder"
    r"|oder (?:hab|habe) ich (?:\w+ )?woanders\b.*)"
    r"\s*\??$",
    re.IGNORECASE,
)
# Ein Weg: "vom Schreibtisch in den Safe" endet im Safe.
_ROUTE = re.compile(
    r"^(?:von|vom|aus|ausm)\s+.+?\s+(?=(?:in|ins|nach|auf|aufs|an|ans|unter|hinter|zu|zum|zur)\s)",
    re.IGNORECASE,
)
# Umgangssprache in Orten: "aufm Dachboden" ist "auf dem Dachboden".
_SPOKEN_FORMS = {"aufm": "auf dem", "aufn": "auf den", "innen": "in den", "unterm": "unterm",
                 "hinterm": "hinterm", "vorm": "vorm", "überm": "überm", "mitm": "mit dem",
                 "aufe": "auf die", "inne": "in die", "hinters": "hinters", "inner": "in der",
                 "anner": "an der", "aufer": "auf der"}  # fmt: skip
# Wo ein Parkplatz ohne Präposition liegt: "Ebene 3" -> "auf Ebene 3".
_PARKING_AUF = frozenset(
    {"ebene", "deck", "etage", "platz", "stellplatz", "parkplatz", "parkdeck", "dach", "parzelle"}
)
_PARKING_IN = frozenset(
    {"reihe", "tiefgarage", "parkhaus", "garage", "straße", "gasse", "bucht", "zone", "bereich",
     "untergeschoss", "einfahrt"}
)  # fmt: skip
_PERSON_LEADING = ("an ", "von ", "vom ", "bei ", "beim ")
# What is parked, as the model's VEHICLE values name it (a test holds the two together).
_VEHICLE_WORDS = frozenset(
    {"auto", "wagen", "transporter", "motorrad", "roller", "wohnmobil", "wohnwagen", "kombi",
     "firmenwagen", "mietwagen", "moped", "bus", "karre", "anhänger", "motorroller", "mofa",
     "vespa", "bulli", "camper",
     "trecker", "traktor", "zweitwagen", "dienstwagen", "lieferwagen", "golf", "polo", "passat",
     "caddy", "sprinter", "smart", "cabrio"}
)  # fmt: skip
# A bike is kept somewhere ("mein Fahrrad ist in der Garage"), as in English; it is parked only
# in a sentence about parking ("hab mein Rad am Bahnhof abgestellt").
_BIKES = frozenset({"rad", "fahrrad", "velo", "e-bike", "e bike", "lastenrad", "pedelec"})
_FEMININE_VEHICLES = frozenset({"karre", "vespa"})
_PARKED_THINGS = _VEHICLE_WORDS | _BIKES
_VEHICLE_ALTERNATIVES = "|".join(
    sorted(map(re.escape, _VEHICLE_WORDS | _BIKES), key=len, reverse=True)
)
_PLACE_AHEAD = (
    r"(?:in|im|ins|an|am|ans|auf|aufm|aufs|unter|unterm|hinter|hinterm|neben|vor|vorm|über"
    r"|überm|zwischen|bei|beim|gegenüber|zu|zum|zur)"
)
# "mein Rad am Bahnhof", "mit dem Wohnmobil auf dem Campingplatz", "'s Auto an der Ecke": the
# vehicle said before where it is parked.
_VEHICLE_BEFORE_PLACE = re.compile(
    rf"^(?:mit\s+)?(?:(?:das|den|dem|der|die|mein|meinen|meinem|meine|unser|unseren|unserem|unsere|es|s)\s+)?"
    rf"(?P<vehicle>{_VEHICLE_ALTERNATIVES})\s+(?:(?:unten|oben|hinten|vorne|drüben|draußen"
    rf"|heute|jetzt|grad|gerade)\s+)*(?P<place>{_PLACE_AHEAD}\s.+)$",
    re.IGNORECASE,
)
# Words around a thing or a place that are neither: when, how, how long ("ich leg die
# Wasserpistolen nachher in die Gartenhütte", "liegt jetzt immer im Korb", "steckt außen in der
# Tür", "sozusagen in die Abstellkammer").
_ADVERBS = frozenset(
    {"immer", "nachher", "später", "quasi", "sozusagen", "außen", "zurück", "wieder", "alle",
     "heute", "heut", "gestern", "jetzt", "dann", "schon", "meistens", "normalerweise",
     "eigentlich", "so", "sicher", "ordentlich", "erstmal", "erst", "vorerst", "vorübergehend",
     "momentan", "gerade", "grad", "noch", "endlich", "mal", "ab", "auch", "derzeit", "aktuell",
     "übergangsweise", "provisorisch", "vorhin", "einfach", "direkt", "gleich", "schnell",
     "kurz", "fest", "zurzeit", "nu", "also", "ganz", "gut", "sauber", "extra", "alles",
     "wohl", "seitdem", "dauerhaft", "ständig", "gewöhnlich", "übrigens", "wie immer"}
)  # fmt: skip
# Participles of putting that _LOWER_PARTICIPLE does not catch (no "ge" inside).
_PUT_PARTICIPLES = frozenset({"verstaut", "versteckt", "verräumt", "deponiert", "eingeräumt"})
_LOWER_PARTICIPLE = re.compile(
    r"^(?:(?:ab|an|auf|aus|ein|hin|weg|rein|rüber|hoch|runter|zurück|unter|fest|mit|zu)?ge"
    r"[a-zäöüß]{3,}(?:t|en)|ver[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert)$"
)
# A correction said inside a place: "in der Garage, äh nein, in der Werkstatt", "im Zimmer von
# Max nee im Zimmer von Paul", "in der zweiten Schublade also quatsch in der dritten".
_SECOND_THOUGHT = re.compile(
    rf"^.+?\s(?:nee|nein|ne|nö|quatsch|also quatsch|ach quatsch|ich mein|ich meine|ich meinte"
    rf"|beziehungsweise|bzw|korrektur|sorry|äh|ähm|oder besser|besser gesagt|moment|also"
    rf"|genauer gesagt|das heißt|und zwar)\s+"
    rf"(?=(?:nein\s+|nee\s+|quatsch\s+)?{_PLACE_AHEAD}\s)",
    re.IGNORECASE,
)
# What may follow a place and is not part of it: a second clause ("und da ist er jetzt auch"),
# a request ("merk dir das"), a verb left at the end ("liegen", "rum", "auf" of "bewahr … auf"),
# another place said to be wrong ("nicht in der Garage").
_AFTER_PLACE = re.compile(
    r"\s+(?:und (?:da|dort|hier|jetzt|das)\b.*|merk dir\b.*|kannst du dir\b.*|oder so|oder wo"
    rf"|nicht {_PLACE_AHEAD}\s.*|(?:liegen|stehen|hängen|sein|stecken|lagern|bleiben|sitzen"
    r"|rum|herum|auf|zu|hin|drin|rein|gelegt haben|liegen lassen)|oder nicht|nicht wahr"
    r"|zum (?:trocknen|laden|aufladen|lüften|abkühlen|auftauen|abtropfen|aufwärmen|reparieren"
    r"|wechseln|mitnehmen)"
    # why, or a clause about it: "weil im Flur kein Platz war", "damit sie es nicht findet",
    # "nicht zuhause", "der is da noch drin"
    r"|(?:weil|damit|sodass|bevor|nachdem|falls|obwohl)\s.*|nicht (?:zuhause|zu hause|daheim)"
    r"|(?:der|die|das|er|sie|es) (?:ist|is|sind|liegt|liegen|steht|stehen|hängt) (?:da|dort)\b.*"
    r")$",
    re.IGNORECASE,
)
# A verb phrase inside a place: "im Büro stehen lassen unterm Schreibtisch", "im Zündschloss
# stecken lassen"; a particle between two places: "im Koffer oben aufm Kleiderschrank".
_WORD_CORRECTED = re.compile(
    r"\b(?:links|rechts|oben|unten|vorne|vorn|hinten|ersten?|zweiten?|dritten?|vierten?"
    r"|obersten?|untersten?|mittleren?|linken?|rechten?|großen?|kleinen?)\s+(?:nein|nee|ne|äh"
    r"|ähm|quatsch|also|ich mein|sorry)\s+(?=\w)",
    re.IGNORECASE,
)
_BUT_NOW = re.compile(
    r"^.*?\s(?:aber|doch)\s+(?:(?:heute|heut|jetzt|diesmal|gerade|grad|dann|ausnahmsweise)\s+)?"
    r"(?:(?:hab|habe)\s+ich(?:'s|s)?\s+(?:(?:es|ihn|sie|den|die|das)\s+)?|(?:ist|is|liegt|steht"
    r"|sind|liegen)\s+(?:er|sie|es)\s+)"
    rf"(?={_PLACE_AHEAD}\s)",
    re.IGNORECASE,
)
_VERB_IN_PLACE = re.compile(
    r"\s+(?:stehen|liegen|stecken|hängen|sitzen)\s+(?:lassen|gelassen)\b", re.IGNORECASE
)
_MID_PARTICLE = re.compile(
    rf"\s(?:ganz\s+)?(?:oben|unten|hinten|vorne|vorn|drüben|draußen|drinnen)\s+(?={_PLACE_AHEAD}\s)",
    re.IGNORECASE,
)
# An item said with a verb after it: "die Kopfhörer, die hab ich …", "das Geschenk hab ich",
# "die Hundeleine häng ich", "den Controller mitgenommen und noch nicht", "die Autoschlüssel,
# nicht die vom Haus".
_AFTER_ITEM = re.compile(
    r"\s+(?:(?:(?:der|die|das|den|dem)\s+)?(?:habe|hab|haben|hat|hatte|ist|sind)\s+"
    r"(?:ich|wir|er|sie|es)\b.*|[a-zäöüß]+\s+(?:ich|wir)|nicht\s+(?:der|die|das|den|dem|mein"
    r"|meine|meinen)\b.*|(?:gibt es|gibts)\b.*|(?:müsste|sollte|dürfte|könnte|wird|würde"
    r"|muss|soll)\b.*)$",
)
# "den Eintrag zum Pass", "die Sache mit den Eintrittskarten", "das mit dem Ladekabel": the
# thing the entry is about.
_ENTRY_OF = re.compile(
    r"^(?:(?:den|die|das|dem)\s+(?:eintrag|notiz|sache|ding)\s+|das\s+)"
    r"(?:zum|zur|mit dem|mit der|mit den|von dem|von der|vom|über den|über die|über das"
    r"|wegen dem|wegen der|wegen den|für den|für die|für das|fürs)\s+(?=\S)",
    re.IGNORECASE,
)


def _capitalized(text: str) -> bool:
    """Whether words were written as said, nouns with a capital (as Alexa writes German)."""
    return any(char.isupper() for char in text)


def _lower_filler(word: str, written: bool) -> bool:
    """Whether a word around a thing or a place is neither: an adverb, a participle, or (when
    nouns were written with capitals) any word in lower case that is no article."""
    lowered = word.lower()
    if lowered in _ARTICLES or lowered in _PLACE_STARTS - _ADVERBS or not word.isalpha():
        return False
    if lowered in _ADVERBS or (word.islower() and _LOWER_PARTICIPLE.match(word)):
        return True
    return written and word.islower()


# Said before a thing, not part of it: a time ("seit letzter Woche mein Auto"), a first try
# ("meine Uhr, äh nein, meine Armbanduhr").
_BEFORE_ITEM = re.compile(
    r"^(?:(?:seit|ab|bis|für) (?:\S+ ){0,2}?|.+? (?:nein|nee|quatsch|ich mein|ich meine|also) )"
    r"(?=(?:der|die|das|den|dem|mein|meine|meinen|meinem|unser|unsere|unseren|sein|seine"
    r"|seinen|ihr|ihre|ihren)\s)",
    re.IGNORECASE,
)
# Whose it is, said as people say it ("Jonas sein Fahrradhelm", "meiner Frau ihre Halskette"):
# as "der Fahrradhelm von Jonas" is asked for.
_DATIVE_OWNER = re.compile(
    r"^(?P<owner>(?:(?:dem|der|meinem|meiner|unserem|unserer|deinem|deiner)\s+)?[A-ZÄÖÜ]\S*"
    r"(?:\s+[A-ZÄÖÜ]\S*)?)\s+(?:sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)"
    r"\s+(?P<thing>\S.*)$"
)
# Whose it is when it is the user's: "das Buch von mir" is "das Buch".
_MINE = re.compile(r"\s+von (?:mir|uns)$", re.IGNORECASE)


def _without_words_around(item: str) -> str:
    """An item without what was said before its article ("jetzt die Nähmaschine") or after
    its last noun ("die Ski lagern", "das Zelt gestern", "mein Ladekabel endlich")."""
    item = _AFTER_ITEM.sub("", item) or item
    item = _BEFORE_ITEM.sub("", item) or item
    item = _MINE.sub("", item) or item
    owned = _DATIVE_OWNER.match(item)
    if owned:
        item = f"{owned['thing']} von {owned['owner']}"
    words = item.split()
    written = _capitalized(item)
    first = next((i for i, w in enumerate(words) if w.lower() in _ARTICLES), None)
    if first and all(_lower_filler(word, False) for word in words[:first]):
        words = words[first:]
    if written and any(_capitalized(word) for word in words):
        last = max(i for i, word in enumerate(words) if _capitalized(word))
        tail = words[last + 1 :]
        if (
            tail
            and tail[0].lower() not in _JOINING
            and all(w.isalpha() and w.islower() for w in tail)
        ):
            words = words[: last + 1]
    while len(words) > 1 and words[-1].lower() in _ADVERBS:
        words = words[:-1]
    return " ".join(words)


def _without_words_before(place: str) -> str:
    """A place without the words before its preposition that say when or how ("immer im Korb",
    "außen in der Tür", "eingerollt hinter der Tür", "heut in der Seitenstraße"); only words
    said in a place, or "irgendwo sicher" without one, are no place at all ("")."""
    words = place.split()
    written = _capitalized(place)
    start = 0
    while start < len(words) and _lower_filler(words[start], written):
        start += 1
    if (
        words
        and words[0].lower() in ("irgendwo", "woanders")
        and not any(word.lower() in _PREPOSITIONS_OF_PLACE for word in words[1:])
    ):
        return ""  # "irgendwo sicher": where is not said
    ahead = words[start].lower() if start < len(words) else ""
    if start and (ahead in _PREPOSITIONS_OF_PLACE or ahead in _SPOKEN_FORMS):
        return " ".join(words[start:])
    return place


# Vor einem Ort, was nicht zum Ort gehört: eine Zeit ("über den Sommer"), eine Begleitung ("zu
# den anderen Unterlagen"), "bei uns".
_BEFORE_PLACE = re.compile(
    r"^(?:(?:heute|morgen|jetzt|gerade|grad|mal|erst mal|erstmal|über den (?:sommer|winter|"
    r"herbst|frühling)|über nacht|übers wochenende|für (?:den|die|das) \w+|bei uns|bei mir"
    r"|zu den anderen \w+|zu den \w+|zu der \w+|mit den anderen \w+"
    # when, with what, what for: "nach der Nachtschicht", "mit nem Magneten", "zum Trocknen"
    r"|nach (?:der|dem|den) \w+|mit (?:nem|einem|einer|ner|dem|der|den) \w+|zum \w+en)\s+)+"
    r"(?=(?:in|im|ins|an|am|ans|auf|aufm|aufs|unter|unterm|hinter|hinterm|neben|vor|vorm|über"
    r"|überm|zwischen|zu|zum|zur|bei|beim)\b)",
    re.IGNORECASE,
)
# Ein Partizip am Ende, klein geschrieben (ein Nomen ist groß): "im Arbeitszimmer abgeheftet",
# "in die Schublade eingeräumt habe", "in den Keller zu tragen".
_PARTICIPLE_END = re.compile(
    r"(?:\s+(?:zu\s+)?(?:[a-zäöü]*ge[a-zäöüß]+(?:t|en)|[a-zäöü]+iert|(?:ab|an|ein|auf|weg|hin|rein"
    r"|raus|rüber|hoch|runter|zu|mit|um|aus|ver|be|ent|er|zer|da)[a-zäöüß]+(?:t|en)))"
    r"(?:\s+(?:habe|hab|haben|hat|ist|sind|wird|wurde|gehabt))?$"
)
_PLACE_TAIL = re.compile(
    r"\s+(?:drin|dran|drauf|drunter|darin|daran|ganz hinten|ganz vorne|ganz oben|ganz unten"
    r"|mit nem \w+|mit einem \w+)$",
    re.IGNORECASE,
)
_PRONOUN_VERB = re.compile(
    r"^(?:(?:der|die|das|er|sie|es)\s+(?:ist|sind|is|liegt|liegen|steht|stehen|hängt|hängen"
    r"|steckt|stecken)|(?:ich\s+)?(?:habe|hab)\s+(?:es|sie|ihn|die|den|das))\s+",
    re.IGNORECASE,
)
# (not after a word that ties the time to the name: "die Zeitung von heute")
_ITEM_TAIL = re.compile(
    r"(?<!\bvon)(?<!\bvom)(?<!\bfür)(?<!\bseit)(?<!\bbis)(?<!\baus)"
    r"\s+(?:fürs \w+|für (?:den|die|das) \w+|zum \w+|seit \w+(?: \w+)?|bis \w+|alle|rüber"
    r"|(?:heut|heute)(?: (?:nacht|abend|früh|morgen|mittag|nachmittag))?|über nacht"
    r"|übers wochenende|ab)$",
    re.IGNORECASE,
)
_DASS = re.compile(
    r"^.*?\b(?:merk|merke|merkst|notier|notiere|schreib|weißt|info|speicher|speichere)\b.*?"
    r"\bdass\s+",
    re.IGNORECASE,
)
_ITEM_AND_PLACE = re.compile(
    r"^(?P<item>.+?)\s+(?P<place>(?:in|im|ins|an|am|ans|auf|aufm|aufs|unter|unterm|hinter"
    r"|hinterm|neben|vor|vorm|über|überm|bei|beim|zwischen)\s.+)$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s+(?:heute|heut|morgen|gestern|jetzt|gerade|grad|mal|noch)$", re.IGNORECASE
)
# Ein Nebensatz nach dem Ding: "das Ladegerät bevor ich das umgeräumt hab".
# Ein Satz davor, mit "und" an den angehängt, der das Ding nennt: "(ich habe) das Aquarium
# sauber gemacht und den Kescher (unters Waschbecken gelegt)" legt den Kescher hin.
_CLAUSE_BEFORE = re.compile(
    r"^.*?\s(?:[a-zäöü]*ge[a-zäöüß]{3,}(?:t|en)|[a-zäöü]{3,}iert)\s+und\s+(?:dann\s+)?"
    r"(?=(?:den|die|das|dem|der|meinen|meine|mein|meinem|unseren|unsere|unser|ein|eine|einen)\s)",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(
    r"\bund\s+(?:hab|habe|ich|dann)\b|\b(?:ihn|es)\b|\b(?:in|auf|unter)\s+(?:den|die|das|dem|der)\b"
    r"|\b(?:ins|im|aufs|aufm|aufn|unters|unterm|ans|hinterm|vorm|überm|damit|weil)\s",
    re.IGNORECASE,
)
# Before who has a thing: a preamble or a time ("nur dass du's weißt der Hausmeister",
# "seit Freitag der Schwager").
_BEFORE_PERSON = re.compile(
    r"^(?:(?:nur )?(?:dass|damit) du(?:'s| es)? weißt|seit \w+|schon seit \w+|gerade|grad)\s+",
    re.IGNORECASE,
)
# Wörter einer Frage: kein Ort enthält sie ("in welcher Schublade").
_FORGETS = re.compile(
    r"(?:^|\s)(?:(?:also |und |das |den |die |ihn |sie |es )*(?:kannst du|du kannst)"
    r"(?: (?:es|das|ihn|sie))?(?: also)? (?:vergessen|löschen|streichen)"
    r"|(?:also |und )?(?:vergiss|lösch|streich) (?:ihn|sie)"  # "vergiss es": lass gut sein
    r"|(?:(?:den|die|das|es) )?gibt (?:es|s) nicht mehr"
    r"|(?:(?:den|die|das|es) )?(?:brauchst|musst) du dir nicht mehr (?:zu )?merken)$",
    re.IGNORECASE,
)
_OUT_OF_BEFORE = re.compile(r"\s+aus (?:dem|der|den|meinem|meiner|unserem|unserer)\s+\S+$")
_ASKING_WORDS = frozenset({"welcher", "welchem", "welchen", "welche", "welches"})
_ASKING_INSIDE = re.compile(r"\b(?:was|wo|wer)(?:$|\s+(?:du|ich|ist|sind|hast|habe|hab)\b)")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:bevor|nachdem|als|weil|damit|seit|seitdem|wo ich|und noch|und nicht"
    r"|(?:ich|wir) (?:muss|müssen|soll|sollen|will))\b.*$",
    re.IGNORECASE,
)
_COMPLETELY = re.compile(
    r"\s+(?:komplett|ganz und gar|ganz|für immer|endgültig|vollständig|samt verlauf"
    r"|mit allen orten|mit allem drum und dran|mitsamt \w+|auch die (?:ganze )?geschichte"
    r"|mit der ganzen geschichte|auch den (?:ganzen )?verlauf)\b.*$",
    re.IGNORECASE,
)
_SAID_PLACE = re.compile(
    r"^(?:(?:nicht )?\S+(?: \S+)?? )?(?:ich (?:hab|habe) (?P<place>.+?) gesagt)$", re.IGNORECASE
)
_MEANT_AFTER = re.compile(r"\s+(?:mein ich|meine ich|meinte ich|hab ich gemeint)$", re.IGNORECASE)
_NOT_PLACE = re.compile(
    r"^(?:nicht\s+\S+(?:\s+\S+)??\s+(?:\S+\s+)??(?:sondern\s+)?)(?P<place>(?:in|im|ins|an|am|ans"
    r"|auf|aufm|aufs|unter|unterm|hinter|hinterm|neben|vor|vorm|bei|beim)\b.+)$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(r"\s+(?:nicht|und nicht|statt)\s+.+$", re.IGNORECASE)
_THE_CAR = frozenset({"wagen", "pkw", "karre", "kiste"})  # what "Auto" is also called
_VEHICLE_ARTICLES = frozenset(
    {"das", "den", "der", "die", "mein", "meinen", "meine", "unser", "unseren", "unsere", "ein",
     "einen"}
)  # fmt: skip


# The owner's possessive of a thing someone lent the user ("Tom hat mir sein Zelt geliehen").
_THEIRS = frozenset({"sein", "seine", "seinen", "ihr", "ihre", "ihren"})
_DATIVE = {
    "mein": "meinem", "meine": "meiner", "meinen": "meinem", "dein": "deinem", "deine": "deiner",
    "unser": "unserem", "unsere": "unserer", "unseren": "unserem", "der": "dem", "die": "der",
    "den": "dem", "das": "dem", "ein": "einem", "eine": "einer", "einen": "einem",
}  # fmt: skip


def _dative(person: str) -> str:
    """Eine Person im Dativ, wie nach "bei" und "von": "mein Bruder" -> "meinem Bruder"; ein
    Name und ein schon gebeugtes "meinem Bruder" bleiben."""
    words = person.split()
    if len(words) > 1 and words[0].lower() in _DATIVE:
        return " ".join([_DATIVE[words[0].lower()], *words[1:]])
    return person


def _after_auf(place: str) -> str:
    """The place said after "auf" or "zu" ("korrigier das auf unter der Spüle"): "unter der
    Spüle"; any other place as it is ("auf dem Tisch", "zu Hause")."""
    words = place.split()
    if len(words) > 2 and words[0].lower() in ("auf", "zu") and words[1].lower() in _PLACE_STARTS:
        return " ".join(words[1:])
    return place


def _squash(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def _number(n: int) -> str:
    return _NUMBERS[n] if 1 < n < len(_NUMBERS) else str(n)


def _stem(word: str) -> str:
    """A matching form of one word: umlauts and ß spelt out as plain letters ("Schlüssel" and
    "Schluessel" alike), then up to two plural or case endings off ("Taschen" = "Tasche")."""
    word = word.lower().translate(_UMLAUTS)
    for pair, plain in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        word = word.replace(pair, plain)
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        else:
            if len(word) > 4 and word.endswith("s") and word[-2] in "aoyiu":
                word = word[:-1]  # "Handys", "Autos"
            break
    return word


def _split_compound(stem: str) -> str:
    for head in _HEADS:
        if stem.endswith(head) and len(stem) >= len(head) + 3:
            return f"{stem[: -len(head)]} {head}"
    return stem


def _weak(word: str) -> str:
    """An adjective after a dative article: "blaue" -> "blauen", "rotes" -> "roten" (a noun,
    capitalised, stays)."""
    if not word[:1].islower():
        return word
    if word.endswith("e"):
        return word + "n"
    if word.endswith(("es", "er")) and len(word) > 4:
        return word[:-2] + "en"
    return word


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _long_ago(days: int) -> str:
    """A week or more, rounded as people round it: 12 days are "zwei Wochen", 364 "ein Jahr"."""
    if days < 60:
        weeks = round(days / 7)
        return "vor einer Woche" if weeks == 1 else f"vor {_number(weeks)} Wochen"
    if days < 350:
        return f"vor {_number(round(days / 30.44))} Monaten"
    years = max(1, round(days / 365.25))
    return "vor einem Jahr" if years == 1 else f"vor {_number(years)} Jahren"


def _located(location: str) -> str:
    """A place as it can follow "ist", where the preposition makes that certain: "in die
    Schublade" -> "in der Schublade", "ans Schlüsselbrett" -> "am Schlüsselbrett"."""
    words = location.split()
    if not words:
        return location
    first = words[0].lower()
    if first in _CONTRACTED:
        words = [*_CONTRACTED[first].split(), *words[1:]]
    elif first in _TWO_WAY and len(words) > 2 and words[1].lower() in _TO_DATIVE:
        # the noun the article goes with: the first said with a capital ("hinter den Büchern
        # im Regal": Büchern), else the last word; what follows it is a place of its own
        end = next((i for i in range(2, len(words)) if words[i][:1].isupper()), len(words) - 1)
        article, noun = words[1].lower(), words[end].lower()
        plural_dative = article.endswith("en") and noun.endswith("n")
        if not (plural_dative and not noun.endswith(_MASCULINE_EN)):
            dative = _TO_DATIVE[article]
            said = [_weak(word) for word in words[2:end]] + words[end:]
            if dative == "dem" and first in ("in", "an"):
                words = ["im" if first == "in" else "am", *said]
            else:
                words = [words[0], dative, *said]
    elif first == "nach" and len(words) == 2 and words[1].lower() == "hause":
        words = ["zu", "Hause"]
    return " ".join(words)


class German:
    code = "de"
    _modifiers: frozenset[str] | None = None

    # understanding

    def clean_item(self, text: str) -> str:
        """The item as the user named it, possessive or article kept ("meine Schlüssel"), minus
        "bitte"/"wieder" after it."""
        words = _squash(text).split()
        while len(words) > 1 and words[0].lower() in ("dass", "ob", "wo", "mal", "und", "auch"):
            words = words[1:]
        item = _DASS.sub("", " ".join(words)) or " ".join(words)
        item = _VERB_BEFORE_ITEM.sub("", item)  # "(wo) hat mein Mann die Bohrmaschine (hin…)"
        item = _SPEAKER_BEFORE_ITEM.sub("", item)  # "(dass) ich das Geld (… hab)"
        item = _CLAUSE_BEFORE.sub("", item) or item  # "das Aquarium sauber gemacht und den Kescher"
        item = _CLAUSE_AFTER.sub("", item)
        item = _ENTRY_OF.sub("", item) or item
        item = _ITEM_TAIL.sub("", _PARTICIPLE_END.sub("", item) or item)
        item = _without_words_around(item)
        while item.lower().startswith(("sich ", "mir ")):
            item = item[4:]
        for tail in _TRAILING:
            if item.lower().endswith(" " + tail) and len(item.split()) > 1:
                item = item[: -len(tail) - 1]
        return item

    def clean_location(self, text: str) -> str:
        location = _squash(text)
        for verb in _LOCATION_VERBS:
            if location.lower().startswith(verb):
                location = location[len(verb) :]
        for filler in ("auch ", "äh ", "ähm ", "also ", "ach ", "sorry ", "übrigens "):
            if location.lower().startswith(filler) and len(location) > len(filler):
                location = location[len(filler) :]  # "auch im Auto": the place is "im Auto"
        for tail in _LOCATION_TAILS:
            if location.lower().endswith(tail):
                location = location[: -len(tail)]
        return location

    def names_a_place(self, text: str) -> bool:
        """Whether a phrase starts as a place does, with a preposition of place ("in der
        Garage", "im Keller", "unter dem Bett"): "das Wetter" does not."""
        words = _squash(text).lower().split()
        return bool(words) and words[0] in _PREPOSITIONS_OF_PLACE

    def asked_back(self, location: str) -> tuple[str, bool]:
        """The words of a cut-off place to ask back, and whether they end in "where"."""
        return asked_back(location, "und", "zwischen", frozenset({"wo"}))

    def completed_place(self, begun: str, answer: str) -> str:
        """The answer to "Auf dem …?" with the words asked back: "Tisch" -> "auf dem Tisch",
        "dem Bett" after "neben dem" -> "neben dem Bett"; an answer with its own preposition
        ("in der Küche") is the place as said."""
        said = self.clean_location(answer)
        words = said.lower().split()
        if not words or words[0] in _PLACE_PREPOSITIONS:
            return said
        start = _squash(begun).split()
        if words[0] in _ARTICLES:
            while start and start[-1].lower() in _ARTICLES:
                start.pop()  # "neben dem" + "dem Bett"
        return " ".join([*start, said])

    def corrected_place(self, said: str, previous: str | None) -> str:
        """The place a correction names ("nein, ich meinte die blaue Schublade"), with the
        preposition of the place it corrects when it has none ("in der roten Schublade" -> "in
        die blaue Schublade", said "in der blauen Schublade"); "nicht die rote Schublade,
        sondern die blaue" settles on the last one."""
        place = self.clean_location(settled_place(_squash(said), _SETTLING, _PLACE_PREPOSITIONS))
        words = place.split()
        if not words or words[0].lower() in _PLACE_STARTS:
            return place
        # "in" unless the corrected place says otherwise: "die blaue Schublade" is no place
        said_before = (previous or "").lower().split()
        preposition = _PREPOSITION_OF.get(said_before[0] if said_before else "", "in")
        if words[0].lower() == "der":  # "ich meinte der Schrank": the accusative is meant
            words[0] = "den"
        return " ".join([preposition, *words])

    def key(self, item: str) -> str:
        """A note's identity: the noun without its possessive or article, case ignored, so
        "meine Schlüssel" and "die Schlüssel" are one note whatever device saves first."""
        words = item.casefold().split()
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
        return " ".join(words)

    def fold(self, key: str) -> str:
        """A lookup form that forgives articles, number, umlauts and ß, with a compound's head
        apart ("Autoschlüssel" -> "auto schlussel")."""
        return " ".join(_split_compound(_stem(word)) for word in self.key(key).split())

    def is_plural(self, item: str) -> bool:
        """True only when the words say so for certain ("die Schlüssel" need not be plural; "Salz
        und Pfeffer" is)."""
        words = item.lower().split()
        several = "und" in words[1:-1]
        return several or (bool(words) and words[0] in ("alle", "beide", "zwei", "drei", "vier"))

    def split_items(self, text: str) -> list[str]:
        """The items one phrase names: "meine Schlüssel und mein Geldbeutel" -> both."""
        return split_items(text, _ITEM_POSSESSIVES, _JOINING, "und", _AND_FILLERS, _PLACE_ARTICLES)

    def choose(self, answer: str, options: Sequence[str]) -> list[str]:
        """What an answer to "Was meinst du: …?" picks ("beide", "den ersten", "den vom
        Auto")."""
        return choose(
            _squash(answer), options, self.fold, _CHOICE_IGNORED, _CHOICE_EVERY, _ORDINALS
        )

    def rest_wanted(self, answer: str, named: int, total: int | None = None) -> str:
        """ "all" for "die anderen", "den Rest"; "one" for "den anderen", "noch eine", "den
        vierten" of three named; else "" (see `common.rest_wanted`)."""
        words = _squash(answer).lower().split()
        if len(words) == 2 and words[0] == "die" and words[1] in _REST_PLURAL:
            return "all"
        return rest_wanted(
            " ".join(words), named, _CHOICE_IGNORED, _REST_ONE, _REST_ALL, _ORDINALS, total
        )

    def tells_another_item(self, location: str) -> bool:
        """Whether a place goes on to say where another item is ("… und mein Pass ist …")."""
        said = _BETWEEN.sub(r"zwischen \1& ", _squash(location))
        return bool(_ANOTHER_ITEM_IN_PLACE.search(said))

    def item_tells_a_place(self, item: str) -> bool:
        """Whether a "Ding" already says where something is ("Schlüssel ist im Flur und mein
        Handy", "auf dem Tisch und meine Schlüssel"): two statements the model heard as one
        item and one place."""
        said = _squash(item)
        words = said.lower().split()
        place_first = len(words) > 2 and words[0] in _JOINING and "und" in words[2:]
        return place_first or bool(_ITEM_WITH_A_VERB.search(said))

    def without_opening(self, text: str) -> str:
        """The item without a request or a pause before it ("merk dir, mein Pass …")."""
        return _REQUEST_OPENING.sub("", _squash(text), count=1)

    def starts_like_place(self, text: str) -> bool:
        """Whether a phrase can be a place ("nein das ist alles" cannot)."""
        words = _squash(text).lower().split()
        return bool(words) and (words[0] in _PLACE_PREPOSITIONS or words[0] in _ARTICLES)

    def finished_place(self, location: str) -> str:
        """The place without a trailing "und" ("am Haken und" -> "am Haken"); "" when it was
        cut off before its noun ("in der", "auf dem", "im", "in der und")."""
        words = _squash(location).split()
        while words and words[-1].lower() in _PLACE_CONJUNCTIONS:
            words.pop()
        lowered = [word.lower() for word in words]
        if not words or lowered[-1] in _CUT_OFF_WORDS or lowered[-1] == "wo":
            return ""
        if lowered[0] == "zwischen" and "und" not in lowered[1:]:  # "zwischen dem Sofa (und)"
            return ""
        return " ".join(words)

    def without_time(self, item: str) -> str:
        """The item of a question without a time said after it ("meine Schlüssel gestern",
        "mein Pass am Dienstag" -> "meine Schlüssel", "mein Pass"); as it is when the time is
        tied to the name ("die Zeitung von gestern") or nothing else is left."""
        found = re.match(_TIME_AFTER_ITEM, _squash(item))
        if not found or found["item"].split()[-1].lower() in _TIME_TIES | _ARTICLES:
            return item
        return found["item"]

    def is_pronoun(self, text: str) -> bool:
        return _squash(text).lower() in _PRONOUNS

    def is_non_answer(self, text: str) -> bool:
        return bool(_NON_ANSWER.match(_squash(text).lower().rstrip(".?!")))

    def forgets(self, location: str) -> bool:
        """Ob Wörter nach einem Ding bitten, es zu vergessen: "(in der Tonne) kannst du
        vergessen", "(im Müll) vergiss es"."""
        return bool(_FORGETS.search(_squash(location)))

    def is_pause(self, text: str) -> bool:
        """Whether an answer is a pause, not a place ("äh", "warte mal")."""
        return bool(_STALLING.match(_squash(text).lower().rstrip(".?!")))

    def is_question(self, text: str) -> bool:
        """Whether an "item" is really a question ("was", "weißt du ob mein Pass")."""
        words = _squash(text).lower().split()
        if not words or words[0] not in _QUESTION_WORDS:
            return False
        if len(words) == 1:
            return words[0] in (
                "was",
                "wo",
                "wer",
                "wann",
                "warum",
                "wie",
                "welche",
                "welcher",
                "welches",
            )
        return words[1] in _QUESTION_FOLLOWERS

    def names_a_thing(self, text: str) -> bool:
        """Whether a phrase said on its own reads as a thing: "meinen Pass", "Pass", "die Brille
        von Oma"; not a request to someone ("sing mir ein Lied", "erzähl mir einen Witz") or a
        question, or ein Befehl, den Alexa kennt ("spiel Musik", "stell einen Timer")."""
        words = _squash(text).lower().split()
        if not words or self.is_question(text) or words[0] in _COMMANDS:
            return False
        return not _ADDRESSING & set(takewhile(lambda word: word not in _ARTICLES, words))

    def is_done(self, text: str) -> bool:
        """Whether a phrase says the user is done ("das ist es", "das war's", "das ist alles")."""
        said = _squash(text).lower().replace("war's", "war es").replace("wars", "war es")
        return said in ("das ist es", "das war es", "das ist alles", "das war alles")

    def is_negation(self, text: str) -> bool:
        """Whether a phrase starts with "nein" ("nein das ist es")."""
        words = _squash(text).lower().split()
        return bool(words) and words[0] in _NEGATIONS

    def is_dismissal(self, text: str) -> bool:
        """Whether "vergiss <text>" means "lass gut sein" rather than a note ("vergiss es",
        "vergiss es einfach", "vergiss es bitte")."""
        words = [w for w in _squash(text).lower().split() if w not in _DISMISSAL_FILLERS]
        return " ".join(words) in _DISMISSALS

    def means_everything(self, text: str) -> bool:
        said = _squash(text).lower().replace("weiss", "weiß")
        said = _EVERYTHING_TAIL.sub("", said)  # "alles was ich dir je gesagt hab"
        words = said.split()
        while words:
            if " ".join(words) in _EVERYTHING or " ".join(["meine", *words]) in _EVERYTHING:
                return True
            if words[0] not in ("mein", "meine", "die", "das", "von", "deine", "du", "bitte"):
                return False
            words = words[1:]
        return False

    # reading (see `reading.Words`)

    default_vehicle = "Auto"
    with_me = "bei mir"  # wo ein geliehenes Ding ist: beim Nutzer ("bei dir", zurückgesagt)
    back_with_me = "wieder bei mir"  # wo ein verliehenes Ding ist, wenn es zurück ist

    def hedge(self, said: str) -> str:
        """Wie ein "glaub ich" zurückgesagt wird ("wahrscheinlich"); "" ohne."""
        return _HEDGES.get(_squash(said).lower(), "")

    def hedged(self, text: str) -> tuple[str, str]:
        """Die Wörter ohne ein "glaub ich" davor oder danach, und wie es zurückgesagt wird:
        "im Schuppen glaub ich" -> ("im Schuppen", "wahrscheinlich")."""
        said = _squash(text)
        found = _HEDGE_PATTERN.match(said)
        if not found or not (found["lead"] or found["tail"]) or not found["rest"].strip():
            return said, ""
        return found["rest"].strip(" ,"), _HEDGES[(found["lead"] or found["tail"]).lower()]

    def normal_place(self, location: str) -> str:
        """Ein Ort, wie er gespeichert wird: Füllwörter und "unten", "draußen" davor weg ("unten
        im Keller" -> "im Keller"), ein Weg bis zu seinem Ende ("vom Schreibtisch in den Safe"
        -> "in den Safe"), "aufm" als "auf dem"."""
        place = _PRONOUN_VERB.sub("", _squash(location))
        place = _MID_PARTICLE.sub(" ", _VERB_IN_PLACE.sub("", place))
        place = _WORD_CORRECTED.sub("", _BUT_NOW.sub("", place))
        place = _SECOND_THOUGHT.sub("", _LATER_PLACE.sub("", place))
        for _ in range(2):  # "im Körbchen merk dir das mal", "in der Kiste und da ist er auch"
            place = _AFTER_PLACE.sub("", place) or place
        place = _PLACE_TAIL.sub("", _PARTICIPLE_END.sub("", place) or place)
        place = self.clean_location(place)
        place = _ROUTE.sub("", place)
        for _ in range(2):  # "unten bei uns im Keller"
            place = _BEFORE_PLACE.sub("", _PARTICLE_RUN.sub("", place))
        place = _without_words_before(place)
        words = _after_auf(place).split()
        if words and words[0].lower() in _SPOKEN_FORMS:
            words = [*_SPOKEN_FORMS[words[0].lower()].split(), *words[1:]]
        # kept as where it is ("ans Schlüsselbrett" is "am Schlüsselbrett"), so the same place
        # said once as where it went and once as where it is is one place
        return _located(" ".join(words))

    def is_place(self, location: str, *, answer: bool) -> bool:
        """Ob Wörter ein Ort sein können: sie fangen wie ein Ort an ("im Keller", "oben",
        "zu Hause"), oder als Antwort auf "wo?" mit einem Artikel ("die Kommode"). Ziffern
        allein ("4 3 2 1") sind keiner."""
        words = _squash(location).lower().split()
        if not words or not any(any(c.isalpha() for c in word) for word in words):
            return False
        if _ASKING_WORDS.intersection(words):  # "in welcher Schublade": eine Frage, kein Ort
            return False
        if _ASKING_INSIDE.search(" ".join(words)):  # "im Kofferraum was", "vor was du … hast"
            return False
        if words[0] in ("von", "vom", "aus"):  # "vom Onkel Gerd": woher, nicht wo
            return False
        if words[0] in _PLACE_STARTS or words[0] in _PLACE_PREPOSITIONS:
            return True
        return answer and (words[0] in _ARTICLES or len(words) == 1)

    def parking_place(self, location: str) -> str:
        """Wo das Auto steht, mit Präposition: "Ebene 3" -> "auf Ebene 3"."""
        place = self.normal_place(location)
        words = place.lower().split()
        if not words or words[0] in _PLACE_PREPOSITIONS or words[0] in _CONTRACTED:
            return place
        if words[0] in _PARKING_AUF:
            return f"auf {place}"
        if words[0] in _PARKING_IN:
            return f"in {place}"
        return place

    def person(self, said: str) -> str:
        """Wer etwas hat, wie gesagt: "an Jonas" -> "Jonas", "meinem Bruder" bleibt; ein
        Partizip oder eine Zeit danach nicht ("Chef geliehen", "Lisa seit gestern")."""
        text = _squash(said)
        for lead in _PERSON_LEADING:
            if text.lower().startswith(lead) and len(text) > len(lead):
                text = text[len(lead) :]
        text = _BEFORE_PERSON.sub("", text) or text
        text = _PARTICIPLE_END.sub("", text) or text
        text = _TIME_AFTER.sub("", _LOAN_ASIDE.sub("", text))
        if _NOT_A_PERSON.search(text):  # "Stefan und hab die Leiter in die Garage gestellt"
            return ""
        words = text.split()
        while len(words) > 1 and _lower_filler(words[-1], _capitalized(text)):
            words = words[:-1]
        return " ".join(words)

    def vehicle(self, said: str) -> str:
        """Das genannte Fahrzeug ("den Transporter" -> "Transporter"; "der Wagen" ist das
        Auto); "" wenn keins."""
        words = _squash(said).split()
        while words and words[0].lower() in _VEHICLE_ARTICLES:
            words = words[1:]
        named = " ".join(words)
        return "Auto" if named.lower() in _THE_CAR else named

    def misheard_question(self, item: str, location: str) -> str:
        """Eine als Notiz gehörte Frage; im Deutschen ist keine bekannt."""
        return ""

    def with_preposition(self, place: str) -> str:
        """Ein Ort ohne Präposition bleibt, wie er gesagt wurde: welche er braucht, hängt am
        Geschlecht, das der Skill nicht kennt (die Sprachausgabe sagt ihn passend)."""
        return place

    def settled(self, said: str) -> str:
        """Der Ort, auf den eine Korrektur hinausläuft: "ich hab Kommode gesagt" -> "Kommode",
        "nicht im Keller aufm Dachboden" -> "aufm Dachboden", "in der Garage nicht im Keller"
        -> "in der Garage"."""
        text = _MEANT_AFTER.sub("", _squash(said)) or _squash(said)
        found = _SAID_PLACE.match(text) or _NOT_PLACE.match(text)
        if found:
            return found["place"]
        if " sondern " in f" {text.lower()} ":  # "nicht der Schrank sondern die Truhe"
            return text[text.lower().rindex("sondern ") + len("sondern ") :]
        return _after_auf(_NOT_AFTER.sub("", text) or text)

    def forgotten_item(self, item: str) -> str:
        """Das Ding eines "vergiss" ohne was drumherum ("… hab ich gefunden")."""
        return re.sub(
            r"\s+(?:hab ich gefunden|habe ich gefunden|ist wieder da|kannst du vergessen)$",
            "",
            _squash(item),
            flags=re.IGNORECASE,
        )

    def item_and_place(self, item: str) -> tuple[str, str]:
        """Ein Ding mit seinem Ort in einem ("Autoschlüssel in der Jackentasche"): beide."""
        found = _ITEM_AND_PLACE.match(_squash(item))
        return (found["item"], found["place"]) if found else (item, "")

    def whose(self, origin: str) -> str:
        """Ein "vom …" nach dem Ding, das sagt, wessen es ist ("vom Handwerker", "von der WG"):
        so wie gesagt; "" für einen Weg aus einem Ort der Wohnung ("vom Schreibtisch", "aus dem
        Keller", "ausm Flur")."""
        said = _squash(origin)
        words = said.split()
        if len(words) < 2 or words[0].lower() not in ("vom", "von"):
            return ""  # "aus dem Keller": where it came from
        noun = self.fold(words[-1])
        return "" if any(noun.endswith(self.fold(head)) for head in _HOME_PLACES) else said

    def without_aside(self, text: str) -> str:
        """Ein verliehenes Ding ohne was danach über die Leihe gesagt wird ("meinen Koffer für
        seine Reise" -> "meinen Koffer")."""
        said = _squash(text)
        return _LOAN_ASIDE.sub("", said) or said

    def not_back(self, item: str) -> str:
        """Das Ding einer Rückgabe, die verneint wird ("meinen Controller mitgenommen und noch
        net zurück(gebracht)"): das Ding, es ist noch verliehen; "" sonst."""
        found = _NOT_BACK.match(_squash(item))
        return found["thing"] if found else ""

    def holder(self, location: str) -> str:
        """Wer ein Ding hat, wenn sein "Ort" ein Name nach "bei" ist ("grad bei Kemal"): der
        Name; "" für einen Ort ("bei der Tür", "beim Auto", "bei meiner Mutter", "bei Oma")."""
        found = _HOLDER.match(_squash(location))
        return found["who"] if found else ""

    def before_a_change(self, item: str) -> str:
        """Das Ding einer Frage nach früher ("das Ladegerät bevor ich es umgeräumt hab"): das
        Ding; "" wenn nach keinem Davor gefragt wird."""
        said = _squash(item)
        found = _BEFORE_A_CHANGE.match(said)
        return found["item"] if found else ""

    def question_tag(self, location: str) -> str:
        """Der Ort einer Aussage, die fragt ("an der Garderobe oder nicht", "im Bad, oder"): der
        Ort; "" wenn nichts fragt."""
        said = _squash(location)
        bare = _QUESTION_TAG.sub("", said)
        return bare if bare != said else ""

    def put_at(self, lent: str) -> tuple[str, str]:
        """Ein "verliehenes" Ding, das jemand nur hingelegt hat ("[mein Mann hat] die
        Bohrmaschine in die Garage geräumt"): das Ding und der Ort; sonst ("", "")."""
        said = _squash(lent)
        last = said.split()[-1] if said else ""
        if not (_LOWER_PARTICIPLE.match(last) or last in _PUT_PARTICIPLES):
            return "", ""
        item, place = self.item_and_place(said)
        return (item, place) if place else ("", "")

    def vehicle_and_place(self, location: str) -> tuple[str, str]:
        """Ein Fahrzeug vor seinem Ort ("mein Rad am Bahnhof", "mit dem Wohnmobil auf dem
        Campingplatz"): beide; sonst kein Fahrzeug und der Ort."""
        found = _VEHICLE_BEFORE_PLACE.match(_squash(location))
        return (found["vehicle"], found["place"]) if found else ("", location)

    def is_vehicle(self, item: str) -> bool:
        """Ob ein Ding ein Fahrzeug ist: wo es ist, da ist es geparkt."""
        return self.vehicle(item).lower() in _VEHICLE_WORDS

    def completely(self, item: str) -> tuple[str, bool]:
        """Das Ding ohne "komplett", "für immer", und ob es gesagt wurde."""
        said = _squash(item)
        bare = _COMPLETELY.sub("", said)
        return bare, bare != said

    def without_route(self, item: str, location: str) -> str:
        """Im Deutschen sagt "von" oft, wem etwas gehört ("der Koffer von meiner Schwester"):
        das bleibt (ein Weg steht im Slot {origin}); "aus dem …" vor einem neuen Ort sagt,
        woher es kam ("den Drucker aus dem Wohnzimmer (ins Arbeitszimmer)"): das nicht."""
        return _OUT_OF_BEFORE.sub("", item) or item

    # speaking

    def tidy(self, sentence: str) -> str:
        """A sentence as said (German templates need nothing more)."""
        return sentence

    def flip(self, text: str) -> str:
        """The user's words from the skill's side: "meine Tasche" -> "deine Tasche"."""
        return " ".join(_FLIP.get(word.lower(), word) for word in text.split())

    def place(self, location: str) -> str:
        """A place as it can follow "ist", from the skill's side: "in die Schublade" -> "in der
        Schublade", "meine Tasche" -> "deine Tasche"."""
        return _located(self.flip(location))

    def where(self, location: str, kind: str = "", person: str = "", hedge: str = "") -> str:
        """Wo das Ding ist, nach "ist": "wahrscheinlich im Schuppen", "bei Mike"."""
        said = self.place(location)
        return f"{hedge} {said}" if hedge else said

    def after_preposition(self, person: str) -> str:
        """Jemand nach "bei", "von": im Dativ ("meine Schwester" -> "meiner Schwester")."""
        return _dative(person)

    def held_by(self, person: str) -> str:
        """Der Ort eines verliehenen Dings: "bei Mike", "bei meinem Bruder" (im Dativ, auch
        wenn "mein Bruder hat …" gesagt wurde)."""
        return f"bei {_dative(person)}"

    def borrowed_item(self, item: str, person: str) -> str:
        """Ein geliehenes Ding, mit wem es gehört: "die Campingstühle" von "Sarah" -> "die
        Campingstühle von Sarah"."""
        if not person or " von " in f" {item.lower()} ":
            return item
        words = item.split()
        if len(words) > 1 and words[0].lower() in _THEIRS:
            words = words[1:]  # "sein Zelt" von Tom: Toms Zelt
        names = person.split()
        if all(name[:1].isupper() for name in names):  # a name: "Annas Bohrmaschine"
            while len(words) > 1 and words[0].lower() in _ARTICLES:
                words = words[1:]
            last = names[-1]
            genitive = f"{last}'" if last.lower().endswith(("s", "ß", "x", "z")) else f"{last}s"
            return " ".join([*names[:-1], genitive, *words])
        return f"{' '.join(words)} von {_dative(person)}"

    def place_phrases(self, location: str) -> list[tuple[str, tuple[str, ...]]]:
        """A place as its phrases, each a preposition in one form and its words without
        articles, folded: "im obersten Fach des Schranks" -> [("in", ("obersten", "fach")),
        ...]."""
        return place_phrases(
            self.place(location), _PLACE_PREPOSITIONS, _SAME_PREPOSITION, _PLACE_ARTICLES, self.fold
        )

    def is_place_modifier(self, word: str) -> bool:
        """Whether a (folded) word only says which one ("obersten" of "der obersten Schublade")."""
        if self._modifiers is None:  # folded once, at the first question about a place
            self._modifiers = frozenset(self.fold(modifier) for modifier in _PLACE_MODIFIERS)
        return word in self._modifiers

    def agreement(self, item: str) -> dict[str, str]:
        """The words an item is said with, chosen so no gender is guessed: `item` (its
        possessive or article turned around), `is` ("ist" or "findest du"), `Item` at the start
        of a sentence, `where` ("wo dein Pass ist"), `ask` ("Wo ist dein Pass?"), `name` (the
        nominative, for titles, choices and labels), and `subject` ... `verb_last` for a clause
        with a place in between ("dass du deine Brille im Bad findest")."""
        if item.lower() in _PARKED_THINGS:  # a vehicle parked is the user's own
            item = f"{'meine' if item.lower() in _FEMININE_VEHICLES else 'mein'} {item}"
        words = self.flip(item).split()
        said, sentence = _DETERMINERS.get(words[0].lower(), ("", "findest")) if words else ("", "")
        if said and len(words) > 1:
            words = [said, *words[1:]]
        phrase = " ".join(words)
        nominative = " ".join([_NOMINATIVE.get(words[0], words[0]), *words[1:]]) if words else ""
        # "Salz und Pfeffer", "dein Pass und dein Ausweis": several, so "sind"
        verb = "sind" if "und" in [word.lower() for word in words[1:-1]] else "ist"
        if sentence == "ist":
            where, ask = f"wo {phrase} {verb}", f"Wo {verb} {phrase}?"
            subject, verb_last = phrase, verb
        else:
            where, ask = f"wo du {phrase} hingelegt hast", f"Wo hast du {phrase} hingelegt?"
            subject, verb_last = f"du {phrase}", "findest"
        return {
            "item": phrase,
            "Item": _capital(phrase),
            "is": verb if sentence == "ist" else "findest du",
            "where": where,
            "ask": ask,
            "name": nominative,
            "Name": _capital(nominative),
            "subject": subject,
            "verb_last": verb_last,
        }

    def when(self, then: datetime, now: datetime, earlier: bool = False) -> str:
        """How long ago, as a person says it; both times in the user's own time zone. `earlier`:
        the time of a place that no longer holds ("Davor: eben noch in der Schublade")."""
        if minutes_between(then, now) < 60:
            return self.ago(then, now, earlier)
        days = (now.date() - then.date()).days
        hour = then.hour
        if days <= 0:
            if hour < 5:  # asked in the day, the night is over: "heute Nacht" would be the next
                return "heute Nacht" if now.hour < 5 else "letzte Nacht"
            if hour < 11:
                return "heute Morgen"
            if hour < 14:
                return "heute Mittag"
            return "heute Nachmittag" if hour < 18 else "heute Abend"
        if days == 1:
            if hour < 5:
                return "letzte Nacht"
            if hour < 11:
                return "gestern Morgen"
            if hour < 18:
                return "gestern Nachmittag" if hour >= 14 else "gestern Mittag"
            return "gestern Abend"
        if days < 7:
            return f"am {_WEEKDAYS[then.weekday()]}"
        return _long_ago(days)

    def ago(self, then: datetime, now: datetime, earlier: bool = False) -> str:
        """How long ago as a duration only, true in any time zone ("vor drei Stunden", "vor
        einem Tag"): what is said when the user's zone is unknown."""
        minutes = minutes_between(then, now)
        if minutes < 2:
            return "eben noch" if earlier else "gerade eben"
        if minutes < 60:
            return f"vor {_number(minutes)} Minuten"
        hours = round(minutes / 60)
        if hours < 24:
            return "vor einer Stunde" if hours == 1 else f"vor {_number(hours)} Stunden"
        days = round(minutes / 1440)
        if days < 7:
            return "vor einem Tag" if days == 1 else f"vor {_number(days)} Tagen"
        return _long_ago(days)

    def join(self, parts: Sequence[str], conjunction: str = "und") -> str:
        """ "a", "a und b", "a, b und c": German puts no comma before "und" and "oder"."""
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + f" {conjunction} {parts[-1]}"

    def count(self, n: int) -> str:
        return "eine Sache" if n == 1 else f"{_number(n)} Sachen"

    def number(self, n: int) -> str:
        """A number in words up to twelve ("noch zwei weitere"), else the figure."""
        return "eins" if n == 1 else _number(n)


GRAMMAR = German()

STRINGS: dict[str, str] = {
    "welcome_new": (
        "Willkommen bei Memory Keeper. Ich merke mir, wo du deine Sachen hingelegt hast. "
        "Sag zum Beispiel: mein Pass ist in der obersten Schublade. Was soll ich mir merken?"
    ),
    "welcome_back": "Willkommen zurück. {count_phrase} Was möchtest du tun?",
    "welcome_back_empty": (
        "Willkommen zurück. Im Moment hast du nichts gespeichert. Was soll ich mir merken?"
    ),
    "offer_resume": (
        "Willkommen zurück. Letztes Mal wolltest du mir sagen, {where}. Möchtest du das "
        "zu Ende bringen?"
    ),
    "offer_resume_no_item": (
        "Willkommen zurück. Letztes Mal wolltest du mir sagen, wo du etwas hingelegt hast. "
        "Möchtest du das zu Ende bringen?"
    ),
    "offer_resume_reprompt": "Möchtest du mir noch sagen, {where}?",
    "offer_resume_no_item_reprompt": (
        "Möchtest du zu Ende bringen, was du letztes Mal angefangen hast?"
    ),
    "resume_declined": "Okay, dann lassen wir das. Was möchtest du tun?",
    "count_one": "Du hast eine Sache gespeichert.",
    "count_many": "Du hast {count} Sachen gespeichert.",
    "ask_item": "Was soll ich mir merken?",
    "ask_item_reprompt": "Was soll ich mir merken? Zum Beispiel: mein Pass.",
    "ask_which": "Was meinst du?",
    "ask_which_reprompt": "Was meinst du? Zum Beispiel: meine Schlüssel.",
    "ask_which_of": "Was meinst du: {options}?",
    "ask_which_of_reprompt": "Was meinst du genau: {options}?",
    "ask_which_of_many": (
        "Ich kenne {count_things}, die {name} sein könnten: {named}. Was meinst du? "
        "Du kannst auch sagen: alle."
    ),
    "ask_which_of_many_them": (
        "Du könntest {count_things} meinen: {named}. Was meinst du? Du kannst auch sagen: alle."
    ),
    "ask_which_of_many_reprompt": "Was meinst du: {named}? Du kannst auch sagen: alle.",
    "ask_which_of_only": "Was meinst du: {named}?",
    "which_the_others": "Die anderen sind: {named}. Was meinst du?",
    "which_more_one": "noch eine",
    "which_more": "noch {rest} weitere",
    "which_changed": "Diese Notizen haben sich inzwischen geändert.",
    "which_again": "Entschuldige, das konnte ich keinem davon zuordnen.",
    "which_one_at_a_time": "Für immer lösche ich nur eins nach dem anderen.",
    "what_next": "Okay. Was möchtest du tun?",
    "never_mind": "Okay, lassen wir das.",
    "ask_location": "{ask}",
    "ask_location_reprompt": "Sag mir den Ort, zum Beispiel: in der Schublade. {ask}",
    "correct_how": (
        "Entschuldige, ich weiß nicht, was ich umlegen soll. Sag es ganz, zum Beispiel: "
        "meine Schlüssel sind {place}."
    ),
    "correct_example_place": "in der blauen Schublade",
    "saved": "Alles klar. {Item} {is} {place}.",
    "saved_several": "Alles klar. {Items} sind {place}.",
    "saved_parked": "Alles klar. Du hast {place} geparkt.",
    "saved_parked_vehicle": "Alles klar. {Name} steht {place}.",
    "saved_lent": "Alles klar. Ich merke mir: {name} ist {place}.",
    "saved_borrowed": "Alles klar. Ich merke mir, dass du {item} geliehen hast.",
    "ask_parked": "Wo hast du geparkt?",
    "ask_parked_reprompt": "Wo hast du geparkt? Zum Beispiel: auf Ebene drei, Reihe B.",
    "ask_lent_item": "Was hast du verliehen?",
    "ask_borrowed_item": "Was hast du dir geliehen?",
    "ask_lent_person": "Wem hast du {item} geliehen?",
    "ask_borrowed_person": "Von wem hast du dir {item} geliehen?",
    "meant_where": "Wolltest du wissen, {where}?",
    "meant_where_reprompt": "Soll ich dir sagen, {where}? Sag bitte ja oder nein.",
    "not_a_place": (
        "Entschuldige, das klingt für mich nicht nach einem Ort, deshalb habe ich nichts "
        "gespeichert."
    ),
    "parked_unknown": (
        "Du hast mir noch nicht gesagt, wo du geparkt hast. Wenn du parkst, sag es mir, zum "
        "Beispiel: ich habe auf Ebene drei in Reihe B geparkt."
    ),
    "who_lent": "{Name} ist bei {person}. Das hast du mir {when} gesagt.",
    "who_returned": "{Name} ist {when} von {person} zurückgekommen.",
    "who_borrowed": "{Name} hast du dir geliehen. Das hast du mir {when} gesagt.",
    "who_nobody": "Soweit ich weiß, hat niemand {item}: {Item} {is} {place}.",
    "who_unknown": (
        "Ich weiß nicht, wer {item} hat. Wenn du etwas verleihst, sag es mir, zum Beispiel: "
        "ich habe Mike meine Leiter geliehen."
    ),
    "loans_lent_to": "Bei {person}: {items}.",
    "loans_borrowed_from": "Von {person} geliehen: {items}.",
    "loans_none_with": (
        "Du hast mir nichts gesagt, was du {person} geliehen oder von ihr oder ihm hast."
    ),
    "loans_lent_entry": "{item} bei {person}",
    "loans_lent_all": "Verliehen: {entries}.",
    "loans_borrowed_entry": "{item}",
    "loans_borrowed_all": "Geliehen: {entries}.",
    "loans_none": "Du hast mir nichts gesagt, was du verliehen oder geliehen hast.",
    "returned_lent": (
        "Gut. {Name} ist wieder bei dir, zurück von {person}. Sag rückgängig, wenn das nicht "
        "stimmt."
    ),
    "returned_borrowed": (
        "Okay, {name} ist zurück bei {person}, deshalb habe ich es gestrichen. Sag rückgängig, "
        "wenn das nicht stimmt."
    ),
    "returned_found": (
        "Okay, {name} ist wieder da, deshalb habe ich vergessen, wo es war. Sag rückgängig, "
        "wenn das ein Versehen war."
    ),
    "returned_unknown": (
        "Ich hatte nicht notiert, dass {name} verliehen ist, es gibt also nichts zu ändern."
    ),
    "ask_location_several": "Wo sind {items}?",
    "ask_location_several_reprompt": (
        "Sag mir den Ort, zum Beispiel: in der Schublade. Wo sind {items}?"
    ),
    "one_at_a_time": (
        "Ich kann mir immer nur einen Ort auf einmal merken, deshalb habe ich nichts gespeichert. "
        "Sag es mir bitte einzeln, zum Beispiel: meine Schlüssel sind in der Schublade."
    ),
    "moved": "Alles klar. {Item} {is} jetzt {place}. Vorher: {previous}.",
    "unchanged": "Das weiß ich schon: {Item} {is} {place}.",
    "take_your_time": "Lass dir Zeit.",
    "unfinished_place": "{place} …? Da fehlt mir noch der Ort.",
    "unfinished_where": "{place} …? Da fehlt mir noch der Ort.",
    "not_saved": "Kein Problem, ich habe nichts gespeichert.",
    "not_saved_item": (
        "Kein Problem, ich habe nichts gespeichert. Wenn du weißt, {where}, sag es mir einfach."
    ),
    "recall": "{Item} {is} {place}. Das hast du mir {when} gesagt.",
    "recall_place": "{Item} {is} {place}.",
    "recall_was_there": (
        "{Item} {is} jetzt {place}. Das hast du mir {when} gesagt. Davor: {then} {old_place}."
    ),
    "recall_several": "{Items} sind {place}. Das hast du mir {when} gesagt.",
    "recall_place_several": "{Items} sind {place}.",
    "recall_told_both": "Beides hast du mir {when} gesagt.",
    "recall_told_all": "Das alles hast du mir {when} gesagt.",
    "recall_all_first": "Alle {count} der Reihe nach: {entries}",
    "history_one_at_a_time": "Wo etwas vorher war, sage ich dir nur einzeln.",
    "recall_forgotten": (
        "Du hast mich {when} gebeten zu vergessen, {where}. Davor hattest du mir gesagt: {place}."
    ),
    "recall_unknown": (
        "Ich weiß noch nicht, {where}. Wenn du es weißt, sag es mir, zum Beispiel: "
        "mein Pass ist in der Schublade."
    ),
    "check_yes": "Ja. {Item} {is} {place}. Das hast du mir {when} gesagt.",
    "check_yes_several": "Ja.",
    "check_no": "Nein. Du hast mir {when} gesagt: {Item} {is} {place}.",
    "check_hedged": "Du hast mir {when} gesagt: {Item} {is} {place}.",
    "place_items": "Folgendes ist {place}: {entries}.",
    "place_entry": "{name} {place}",
    "place_first": "Ich weiß von {count_things} {place}. Der Reihe nach: {entries}",
    "place_empty": "Ich weiß von nichts, was {place} ist.",
    "ask_place": "Welchen Ort meinst du? Frag mich zum Beispiel: was ist in der Garage?",
    "ask_place_reprompt": "Frag mich nach einem Ort, zum Beispiel: was ist in der Garage?",
    "history_none": (
        "{Item} {is} {place}, einen anderen Ort kenne ich nicht. Das hast du mir {when} gesagt."
    ),
    "history": "{Item} {is} jetzt {place}. Davor: {places}.",
    "history_group": "{when} {places}",
    "history_before": ", und davor {group}",
    "forgotten": ("Okay, ich habe vergessen, {where}. Sag rückgängig, wenn das ein Versehen war."),
    "forget_unknown": "Ich habe nichts dazu gespeichert, {where}.",
    "forgotten_several": (
        "Okay, ich habe vergessen, wo {items} sind. Sag rückgängig, um sie einzeln zurückzuholen."
    ),
    "forget_already": "Ich habe schon vergessen, {where}.",
    "forget_too_many": (
        "Das sind {count} Sachen, mehr als ich rückgängig machen könnte, deshalb habe ich "
        "nichts vergessen. Sag mir höchstens {limit} auf einmal, oder sag: vergiss alles."
    ),
    "erase_only_by_name": (
        "Dazu passt nur {name}. Wenn du das endgültig löschen willst, nenn es mir beim vollen "
        "Namen."
    ),
    "forgotten_completely": (
        "Erledigt. Endgültig gelöscht: {name}, mit jedem Ort, den du mir dafür gesagt hast."
    ),
    "undone_remember": (
        "Rückgängig gemacht. Ich habe zurückgenommen, dass {subject} {place} {verb_last}."
    ),
    "undone_remember_back": ("Rückgängig gemacht. {Item} {is} wieder {place}, nicht {taken_back}."),
    "undone_forget": "Rückgängig gemacht. Ich weiß es wieder: {item} {is} {place}.",
    "nothing_to_undo": "Es gibt nichts rückgängig zu machen.",
    "list_empty": (
        "Du hast mir noch nichts gesagt. Sag zum Beispiel: meine Schlüssel sind am Haken."
    ),
    "list_all": "Ich habe mir {count_things} gemerkt: {entries}.",
    "list_first": "Ich habe mir {count_things} gemerkt. Die neuesten: {entries}",
    "list_next": "Weiter: {entries}",
    "list_more": "…und noch {things}. Möchtest du mehr hören?",
    "list_more_reprompt": "Möchtest du mehr hören?",
    "list_done": "Das war alles.",
    "list_entry": "{item} {is} {place}",
    "list_option": "{name}",
    "confirm_erase": (
        "Damit lösche ich alles, was du mir gesagt hast, und das kann man nicht rückgängig "
        "machen. Soll ich wirklich alles vergessen?"
    ),
    "confirm_erase_reprompt": (
        "Bitte sag ja oder nein: Soll ich alles vergessen, was du mir gesagt hast?"
    ),
    "erase_nothing": "Es gibt nichts zu vergessen.",
    "erased": "Erledigt. Ich habe alles vergessen, was du mir gesagt hast.",
    "erase_kept": "Okay, ich behalte alles.",
    "help": (
        "Ich merke mir, wo du deine Sachen hingelegt hast. Sag zum Beispiel: "
        "{example_remember}. Später fragst du: {example_recall}? Oder: {example_check}? Oder: "
        "{example_place}? Du kannst auch fragen: {example_list}? Oder: {example_history}? "
        "Oder sag: {example_forget}. Wenn du parkst, sag: {example_park}, und später: "
        "{example_where_parked}? Wenn du etwas verleihst: {example_lend}, und später: "
        "{example_who_has}? Wenn ich etwas falsch verstehe, sag: {example_undo}. "
        "Was möchtest du tun?"
    ),
    "example_remember": "mein Pass ist in der obersten Schublade",
    "example_recall": "wo ist mein Pass",
    "example_check": "ist mein Pass in der Schublade",
    "example_place": "was ist in der Garage",
    "example_list": "was weißt du alles",
    "example_history": "wo war mein Pass vorher",
    "example_forget": "vergiss meinen Pass",
    "example_undo": "mach das rückgängig",
    "example_park": "ich habe auf Ebene drei geparkt",
    "example_where_parked": "wo habe ich geparkt",
    "example_lend": "ich habe Mike meine Leiter geliehen",
    "example_who_has": "wer hat meine Leiter",
    "help_location": (
        "Ich speichere gerade, {where}. Sag mir den Ort, zum Beispiel: in der Schublade."
    ),
    "help_item": "Sag mir die Sache, zum Beispiel: mein Pass.",
    "help_which": "Du hast mir mehr als eine Sache mit diesem Namen gesagt.",
    "help_erase": (
        "Wenn du ja sagst, lösche ich alles, was du mir gesagt hast, endgültig. "
        "Wenn du nein sagst, behalte ich es."
    ),
    "help_more": "Ich lese dir vor, was du mir gesagt hast, immer ein paar auf einmal.",
    "help_resume": "Letztes Mal hast du angefangen, mir zu sagen, wo etwas ist.",
    "help_forget": (
        "Wenn du ja sagst, vergesse ich, {where}. Wenn du nein sagst, merke ich es mir weiter."
    ),
    "confirm_forget": "Soll ich vergessen, {where}?",
    "confirm_forget_reprompt": "Soll ich vergessen, {where}? Sag bitte ja oder nein.",
    "forget_kept": "Okay, das merke ich mir weiter.",
    "fallback": (
        "Entschuldigung, das habe ich nicht verstanden. Du kannst mir sagen, wo du etwas "
        "hingelegt hast, oder mich fragen, wo etwas ist. Was möchtest du tun?"
    ),
    "fallback_short": "Entschuldigung, das habe ich nicht verstanden.",
    "finish_first": "Lass uns das erst zu Ende bringen.",
    "nothing_more": "Im Moment gibt es nichts mehr vorzulesen. Was möchtest du tun?",
    "nothing_to_repeat": "Ich habe noch nichts gesagt. Was möchtest du tun?",
    "start_over": "Okay, fangen wir von vorne an. Was möchtest du tun?",
    "goodbye": "Tschüss.",
    "thanks_goodbye": "Gern geschehen. Tschüss.",
    "anything_else": "Sonst noch etwas?",
    "reprompt": (
        "Du kannst mir sagen, wo du etwas hingelegt hast, oder mich fragen, wo etwas ist. "
        "Was möchtest du tun?"
    ),
    "too_long_item": "Dieser Name ist mir etwas zu lang. Wie kann ich es kürzer nennen?",
    "too_long_item_reprompt": "Wie heißt die Sache in ein paar Worten?",
    "too_long_location": (
        "Dieser Ort ist mir etwas zu lang. Kannst du ihn in ein paar Worten sagen?"
    ),
    "too_long_location_reprompt": "Wo ist es, in ein paar Worten?",
    "notebook_full": (
        "Du hast schon {limit} Sachen gespeichert, mehr kann ich mir nicht merken. "
        "Lass mich zuerst etwas vergessen und versuch es dann noch einmal."
    ),
    "memory_full": (
        "Dein Speicher ist voll, deshalb konnte ich das nicht speichern. "
        "Lass mich zuerst etwas vergessen."
    ),
    "save_conflict": "Entschuldigung, das konnte ich gerade nicht speichern.",
    "save_unsure": (
        "Entschuldigung, ich weiß nicht sicher, ob das gespeichert ist: meine Notizen haben "
        "nicht rechtzeitig geantwortet. Kannst du es gleich noch einmal sagen, damit ich "
        "nachsehen kann?"
    ),
    "lost_write": (
        "Entschuldige: Was du mir {when} gesagt hast, ist verloren gegangen, weil gleichzeitig "
        "eine andere Änderung an deinen Notizen ankam und es ersetzt hat. Es ging um: {items}. "
        "Bitte sag es mir noch einmal."
    ),
    "lost_erase": (
        "Entschuldige: Als du mich {when} gebeten hast, alles zu vergessen, kam gleichzeitig "
        "eine andere Änderung an deinen Notizen an, und deine Notizen sind wieder da. Sag noch "
        "einmal: vergiss alles, wenn sie weg sollen."
    ),
    "saved_after_all": (
        "Ich habe nachgesehen: Das war doch gespeichert, es ist also nichts mehr zu tun."
    ),
    "store_unavailable": (
        "Entschuldigung, ich komme gerade nicht an meine Notizen. Bitte versuch es später noch "
        "einmal."
    ),
    "error": "Entschuldigung, bei mir ist etwas schiefgegangen.",
    "what_now": "Was möchtest du tun?",
    "and": "und",
    "or": "oder",
    "card_title": "Memory Keeper",
    "card_title_item": "{Name}",
    "card_list_title": "Was du mir gesagt hast",
    "card_more": "…und noch {things}.",
}
