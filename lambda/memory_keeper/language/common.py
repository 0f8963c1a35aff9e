"""What more than one language's grammar does the same way, with its own words."""

from __future__ import annotations

__all__ = ["split_items"]


def split_items(
    text: str, determiners: frozenset[str], joining: frozenset[str], conjunction: str
) -> list[str]:
    """Where a phrase names more than one item (shared by the languages: only the words
    differ): before a determiner that follows the conjunction, a comma, or a word that does not
    join it to what came before."""
    items: list[list[str]] = [[]]
    for word in text.replace(",", " , ").split():
        previous = items[-1][-1].lower() if items[-1] else None
        if word == ",":
            continue
        if word.lower() in determiners and previous and previous not in joining | determiners:
            if previous == conjunction:
                items[-1].pop()
            if items[-1]:
                items.append([])
        items[-1].append(word)
    return [" ".join(words) for words in items if words]
