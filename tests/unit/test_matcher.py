"""The chat's matcher forgives what Alexa forgives, and no more: how speech is written (a
recognizer's "wear" for "where", regional forms), tags and fillers around a request, a German
participle said early; never a command or a question turned into a note."""

from __future__ import annotations

import pytest

from tools.nlu import Model, as_said


def _heard(locale: str, utterance: str) -> tuple[str, dict[str, str]]:
    model = Model.load(locale=locale)
    match = model.match(model.request_of(utterance))
    slots = {
        name: as_said(value, utterance, model.lexicon) or value
        for name, value in match.slots.items()
        if value
    }
    return match.intent, slots


@pytest.mark.parametrize(
    ("utterance", "intent", "slots"),
    [
        # a recognizer's "where", before the verb of a question
        ("wear is my phone charger", "RecallIntent", {"item": "phone charger"}),
        ("were are the scissors", "RecallIntent", {"item": "scissors"}),
        ("were my keys in the car", "CheckIntent", {"item": "my keys", "location": "in the car"}),
        # tags and fillers after a request
        ("where's my wallet eh", "RecallIntent", {"item": "wallet"}),
        ("the remote is under the cushion only", "RememberIntent",
         {"item": "remote", "location": "under the cushion"}),
        # "'s" as "has", also with a word between
        ("Priya's still got my umbrella", "LendIntent", {"item": "my umbrella", "person": "Priya"}),
        ("Sam's borrowed my bike pump", "LendIntent", {"item": "bike pump", "person": "Sam"}),
        # a command word alone can be a thing; a command is never a note
        ("Ravi finally returned my book", "ReturnedIntent", {"item": "book", "person": "Ravi"}),
        ("book a table for two", "AMAZON.FallbackIntent", {}),
        ("turn on the lights", "AMAZON.FallbackIntent", {}),
        ("can you say that again", "AMAZON.RepeatIntent", {}),
        ("haan ji", "AMAZON.YesIntent", {}),
        # Australian and Indian tags after a request
        ("I gave the swag back to Kylie too easy", "ReturnedIntent",
         {"item": "swag", "person": "Kylie"}),
        ("aye go on then", "AMAZON.YesIntent", {}),
        ("let's start from scratch", "AMAZON.StartOverIntent", {}),
        ("where's the esky been before", "HistoryIntent", {"item": "the esky"}),
        # a fronted thing with any verb of putting after it
        ("the rego papers i shoved in the filing cabinet", "RememberIntent",
         {"item": "the rego papers", "location": "in the filing cabinet"}),
        # places that start as the location type's values do
        ("i put the ladder round the back of the garage", "RememberIntent",
         {"item": "ladder", "location": "round the back of the garage"}),
        # a time said first, someone else putting it, a bike parked, a thing with me
        ("just now I put my specs on the dining table itself", "RememberIntent",
         {"item": "specs", "location": "on the dining table"}),
        ("my wife put the passports in the safe", "RememberIntent",
         {"item": "the passports", "location": "in the safe", "who": "my wife"}),
        ("I parked my bike at the rack outside the gym", "ParkIntent",
         {"bike": "my bike", "location": "at the rack outside the gym"}),
        ("please tell where my car is parked", "WhereParkedIntent", {"vehicle": "car"}),
        ("Deepa's calculator is with me", "BorrowIntent", {"owned": "Deepa's calculator"}),
        ("what all things you remember", "ListIntent", {}),
        ("scrap the note about the spare fuse", "ForgetIntent", {"item": "the spare fuse"}),
        ("remind me what I've got up in the loft", "PlaceIntent", {"location": "up in the loft"}),
        ("how many days the laptop bag is in the dickey", "RecallIntent",
         {"item": "laptop bag", "location": "in the dickey"}),
        # someone is no clause, nor a thing said with "to"
        ("my hospital badge is clipped to my scrubs in the laundry basket", "RememberIntent",
         {"item": "hospital badge", "location": "clipped to my scrubs in the laundry basket"}),
        ("i lent the snowblower to Gord across the street", "LendIntent",
         {"item": "the snowblower", "person": "Gord across the street"}),
        ("the gold chain is it still in the safe or not", "CheckIntent",
         {"item": "gold chain", "location": "in the safe"}),
        ("where'd i park tonight", "WhereParkedIntent", {}),
        # Indian English
        ("remember that i gave my ladder to the watchman", "LendIntent",
         {"item": "my ladder", "person": "the watchman"}),
        ("sorry not there it is in the kitchen drawer only", "CorrectIntent",
         {"place": "in the kitchen drawer"}),
        ("no no not required", "AMAZON.NoIntent", {}),
        # parking and lending said as people say them
        ("what's out on loan at the minute", "LoansIntent", {}),
        ("Jenny's hanging on to my cordless drill for now", "LendIntent",
         {"item": "my cordless drill for now", "person": "Jenny"}),
        ("the lads at work have finally returned me projector", "ReturnedIntent",
         {"item": "projector", "person": "the lads at work"}),
    ],
)  # fmt: skip
def test_english_as_spoken(utterance: str, intent: str, slots: dict[str, str]) -> None:
    assert _heard("en-US", utterance) == (intent, slots)


@pytest.mark.parametrize(
    ("utterance", "intent", "slots"),
    [
        # regional forms read as standard German, the capitals as said
        ("wo isch mei Handy", "RecallIntent", {"item": "mein Handy"}),
        ("dat Werkzeug liegt inne Garage", "RememberIntent",
         {"item": "das Werkzeug", "location": "inne Garage"}),
        # a tag after the request
        ("die Mütze liegt aufm Schrank woll", "RememberIntent",
         {"item": "die Mütze", "location": "aufm Schrank"}),
        # a participle said before the end of the sentence
        ("ich hab im Parkhaus geparkt auf Ebene 2", "ParkIntent",
         {"location": "im Parkhaus auf Ebene 2"}),
        ("ich hab den Kombi in der Tiefgarage abgestellt neben dem Aufzug", "ParkIntent",
         {"vehicle": "den Kombi", "location": "in der Tiefgarage neben dem Aufzug"}),
        # "oder" after a statement asks
        ("der Pass ist im Safe oder", "CheckIntent", {"item": "der Pass", "location": "im Safe"}),
        # a participle inside an adjective is no participle said early
        ("meine Brille ist in der gestreiften Tasche", "RememberIntent",
         {"item": "meine Brille", "location": "in der gestreiften Tasche"}),
        # "unters", "übers", "vors" start places as "unterm" does
        ("ich hab den Grill unters Vordach geschoben", "RememberIntent",
         {"item": "den Grill", "location": "unters Vordach"}),
        # the verb first asks; a time first tells
        ("hab ich das Ladekabel in den Koffer gepackt", "CheckIntent",
         {"item": "das Ladekabel", "location": "in den Koffer"}),
        ("vorhin hab ich das Ladekabel in den Koffer gepackt", "RememberIntent",
         {"item": "das Ladekabel", "location": "in den Koffer"}),
        ("grad hab ich das Ladekabel in den Koffer gepackt", "RememberIntent",
         {"item": "das Ladekabel", "location": "in den Koffer"}),
        ("getz hab ich die Angelsachen in den Kofferraum gepackt", "RememberIntent",
         {"item": "die Angelsachen", "location": "in den Kofferraum"}),
        # the thing first, in the accusative: who has it comes after "hat"
        ("den Hochdruckreiniger hat grad meine Schwester", "LendIntent",
         {"item": "Hochdruckreiniger", "person": "meine Schwester"}),
        ("Jonas hat meinen Hochdruckreiniger", "LendIntent",
         {"item": "Hochdruckreiniger", "person": "Jonas"}),
        # thing and person apart by an article
        ("ich hab meine Leiter dem Mike geliehen", "LendIntent",
         {"item": "meine Leiter", "person": "Mike"}),
        ("den Akkuschrauber endgültig rauslöschen", "ForgetCompletelyIntent",
         {"item": "den Akkuschrauber"}),
        ("wer hat eigentlich grad alles was von mir", "LoansIntent", {}),
        ("fang nochmal von vorn an", "AMAZON.StartOverIntent", {}),
        ("in die Handtasche hab ich den gesteckt", "RememberIntent",
         {"location": "in die Handtasche"}),
        ("wann hab ich das Testament zum Notar gebracht", "RecallIntent",
         {"item": "das Testament", "location": "zum Notar"}),
        ("wo ist mein Parkplatz heute", "WhereParkedIntent", {}),
        # a thing back
        ("mein Zelt hab ich von Lukas wieder", "ReturnedIntent",
         {"item": "mein Zelt", "person": "Lukas"}),
        ("Kevin hat den Fußball wieder rübergeworfen", "ReturnedIntent",
         {"item": "den Fußball", "person": "Kevin"}),
        ("ach nee lass gut sein", "AMAZON.CancelIntent", {}),
        # a command is never a note
        ("setz Milch auf die Einkaufsliste", "AMAZON.FallbackIntent", {}),
        ("lies mir alles vor was du gespeichert hast", "AMAZON.FallbackIntent", {}),
        # southern participles and "is'n", someone else putting it, a bike parked
        ("i hab de Schirm ins Auto glegt", "RememberIntent",
         {"item": "de Schirm", "location": "ins Auto"}),
        ("wo hab ich'n meine Lesebrille", "RecallIntent", {"item": "meine Lesebrille"}),
        ("meine Frau hat die Sonnencreme in die Strandtasche gepackt", "RememberIntent",
         {"item": "die Sonnencreme", "location": "in die Strandtasche", "who": "meine Frau"}),
        ("wo hab ich das Fahrrad angeschlossen", "WhereParkedIntent", {"bike": "das Fahrrad"}),
        ("mein Fahrrad steht im Keller", "RememberIntent",
         {"item": "mein Fahrrad", "location": "im Keller"}),
        ("die Kopfhörer kannst du vergessen die hab ich", "ForgetIntent",
         {"item": "die Kopfhörer"}),
        ("seinen Pass hat mein Mann ins Handgepäck gepackt", "RememberIntent",
         {"item": "seinen Pass", "location": "ins Handgepäck", "who": "mein Mann"}),
        ("ich hab die Rechnung vom Handwerker an die Pinnwand gepinnt", "RememberIntent",
         {"item": "die Rechnung", "location": "an die Pinnwand", "origin": "vom Handwerker"}),
        ("was is inner Wickeltasche drin", "PlaceIntent", {"location": "in der Wickeltasche"}),
        # a thing before "hat" only with an article that marks it as the object
        ("den Beamer hat sich Jonas fürs Wochenende ausgeliehen", "LendIntent",
         {"item": "Beamer", "person": "Jonas fürs Wochenende"}),
        ("meine Freundin hat mir ihren Föhn geliehen", "BorrowIntent",
         {"item": "ihren Föhn", "person": "meine Freundin"}),
    ],
)  # fmt: skip
def test_german_as_spoken(utterance: str, intent: str, slots: dict[str, str]) -> None:
    assert _heard("de-DE", utterance) == (intent, slots)
