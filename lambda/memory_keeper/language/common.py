"""What more than one language's grammar does the same way, with its own words."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

__all__ = [
    "asked_back",
    "choose",
    "minutes_between",
    "place_phrases",
    "rest_wanted",
    "settled_place",
    "split_items",
]


def split_items(
    text: str,
    possessives: frozenset[str],
    joining: frozenset[str],
    conjunction: str,
    fillers: frozenset[str] = frozenset(),
    articles: frozenset[str] = frozenset(),
) -> list[str]:
    """Where one phrase names more than one item, and only where that is certain: at the
    conjunction or a comma followed by a possessive of its own ("my keys and my wallet", "my
    keys, my wallet and my phone"; "and also my wallet" too), and only when the item before
    has no joining word ("the keys to my car and my house" may be one set of keys); in such a
    list, also between short parts that each start with a possessive ("my keys my wallet and my
    phone": Alexa drops commas). Anything else stays one name: "salt and pepper", "the book my
    mom gave me", "the keys and the remote", "my wife's and my passports" (whose, not what). An
    item said twice is one."""
    items: list[list[str]] = [[]]
    words = text.replace(",", " , ").split()
    index = 0
    while index < len(words):
        word = words[index]
        if word == "," or word.lower() == conjunction:
            after = index + 1
            while after < len(words) and words[after].lower() in fillers | {conjunction, ","}:
                after += 1
            current = [w.lower() for w in items[-1]]
            if (
                after < len(words)
                and words[after].lower() in possessives
                and current
                and not joining.intersection(current)
                and not _owner_only(current, possessives)
            ):
                items.append([])
                index = after
                continue
            if word == ",":
                index += 1
                continue
        items[-1].append(word)
        index += 1
    if len(items) > 1:  # a list: "my keys my wallet and my phone" (Alexa drops the commas)
        items = [part for words in items for part in _bare_list(words, possessives, articles)]
    unique: list[str] = []
    for item in (" ".join(words) for words in items if words):
        if item.lower() not in (seen.lower() for seen in unique):
            unique.append(item)
    return unique


def _owner_only(words: list[str], possessives: frozenset[str]) -> bool:
    """Whether a part only says whose the item after it is ("my wife's and my passports", "his
    and my keys"): not an item of its own."""
    return words[-1].endswith("'s") or all(word in possessives for word in words)


def _bare_list(
    words: list[str], possessives: frozenset[str], articles: frozenset[str]
) -> list[list[str]]:
    """ "my keys my wallet" in a list: short parts that each start with a possessive; the
    first may have lost its "my" to the model ("I put my {item}": "keys my wallet") but not
    start with an article ("the keys my wife uses" is one item)."""
    starts = [index for index, word in enumerate(words) if word.lower() in possessives]
    if not starts:
        return [words]
    lead = words[: starts[0]]
    if lead and (len(lead) > 2 or lead[0].lower() in articles):
        return [words]
    bounds = [0, *starts[1:]] if not lead else [0, *starts]
    parts = [words[start:end] for start, end in zip(bounds, [*bounds[1:], len(words)], strict=True)]
    if len(parts) < 2 or any(len(part) > 3 for part in parts):
        return [words]
    return parts


def place_phrases(
    place: str,
    prepositions: frozenset[str],
    same: Mapping[str, str],
    articles: frozenset[str],
    fold: Callable[[str], str],
) -> list[tuple[str, tuple[str, ...]]]:
    """A place said as it follows "is" (a preposition first) split into its phrases: each a
    preposition in one form (`same`: "inside" is "in") and its words, articles dropped and
    folded. A preposition right after another one belongs to it ("next to", "in front of")."""
    phrases: list[tuple[str, list[str]]] = []
    for word in place.lower().split():
        if word in prepositions and (not phrases or phrases[-1][1]):
            phrases.append((same.get(word, word), []))
        elif word in prepositions:
            continue
        elif word not in articles:
            if not phrases:
                phrases.append(("", []))
            phrases[-1][1].append(fold(word))
    return [(preposition, tuple(words)) for preposition, words in phrases]


def choose(
    answer: str,
    options: Sequence[str],
    fold: Callable[[str], str],
    ignored: frozenset[str],
    every: frozenset[str],
    ordinals: Mapping[str, int],
) -> list[str]:
    """The options an answer to "Which do you mean: …?" picks: all of them ("both"), one by its
    order ("the second one"), or the one option that has more of the answer's words than any
    other ("the ones for the car": the car keys). None when it picks none for certain ("the
    blue ones", or "keys" for the car keys and the house keys)."""
    words = [word for word in answer.lower().split() if word not in ignored]
    said = " ".join(words)
    if not said or not options:
        return []
    if said in every:
        return list(options)
    if said in ordinals:
        index = ordinals[said]
        return [options[index]] if -len(options) <= index < len(options) else []
    wanted = {part for word in words for part in fold(word).split()}
    scores = [len(wanted & set(fold(option).split())) for option in options]
    best = max(scores)
    return [options[scores.index(best)]] if best and scores.count(best) == 1 else []


def rest_wanted(
    answer: str,
    named: int,
    ignored: frozenset[str],
    one: frozenset[str],
    every: frozenset[str],
    ordinals: Mapping[str, int],
    total: int | None = None,
) -> str:
    """Whether an answer to "…, and one more. Which do you mean?" asks for the options not
    named: "all" of them ("the others", "the rest"), "one" of them ("the other one", "the one
    more", "the last one", an order past the `named` ones and within the `total`: "the fourth
    one"), else ("the sixth one" of four: none of them) ""."""
    said = " ".join(word for word in answer.lower().split() if word not in ignored)
    if said in every:
        return "all"
    index = ordinals.get(said)
    beyond = total is not None and index is not None and index >= total
    if said in one or (index is not None and (index < 0 or index >= named) and not beyond):
        return "one"
    return ""


def settled_place(text: str, separators: frozenset[str], prepositions: frozenset[str]) -> str:
    """The place a correction settles on, after the one it takes back: "the red drawer but the
    blue drawer" and "the red drawer, the blue drawer" (Alexa drops the comma: the first word
    said again, not after a preposition) are "the blue drawer"; "the drawer in the kitchen"
    stays as it is."""
    words = text.split()
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in separators and index + 1 < len(words):
            return " ".join(words[index + 1 :])
    first = words[0].lower() if words else ""
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() == first and words[index - 1].lower() not in prepositions:
            return " ".join(words[index:])
    return text


def minutes_between(then: datetime, now: datetime) -> int:
    """Whole minutes from `then` to `now`, counted on the UTC clock: two times in one zone
    subtract as wall-clock times in Python, which adds or loses an hour across a change to or
    from summer time."""
    return int((now.timestamp() - then.timestamp()) // 60)


def asked_back(location: str, and_: str, between: str, where: frozenset[str]) -> tuple[str, bool]:
    """The words of a place cut off, to ask back and to complete: without a trailing "and"
    ("in the and": "in the"), but "between the sofa and" keeps it (the answer is the second
    thing); and whether they end in "where" ("Parked where?")."""
    words = location.split()
    while len(words) > 1 and words[-1].lower() in (and_, "or", "oder"):
        lowered = [word.lower() for word in words]
        if lowered[0] == between and lowered[-1] == and_ and and_ not in lowered[1:-1]:
            break
        words.pop()
    return " ".join(words), bool(words) and words[-1].lower() in where
