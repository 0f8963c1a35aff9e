"""One full conversation in each English locale besides en-US, in its own words: the locale's
model understands them and the skill answers in English."""

from __future__ import annotations

import pytest

from memory_keeper.skill import LambdaHandler
from tests.support.dialog import Dialog
from tools.settings_api import SettingsApi

CONVERSATIONS = {
    "en-GB": """
        user: open memory keeper
        alexa: Welcome to Memory Keeper.
        user: my torch is in the cupboard
        alexa: Got it. Your torch is in the cupboard.
        user: I've popped my mobile in the drawer
        alexa: Got it. Your mobile is in the drawer.
        user: my handbag is in the wardrobe
        user: what do you remember
        alexa: You've told me about 3 things: your handbag is in the wardrobe, your mobile is in
        user: where is my torch
        alexa: Your torch is in the cupboard. You told me that just now.
        user: my torch is in the boot
        alexa: Got it. Your torch is in the boot now. Before, it was in the cupboard.
        user: where was my torch before
        alexa: Your torch is in the boot now. Before that, it was in the cupboard a moment ago.
        user: forget my mobile
        alexa: Okay, I've forgotten where your mobile is.
        user: undo
        alexa: Undone. I remember your mobile again: it is in the drawer.
        user: help
        alexa: I remember where you put things.
        user: stop
        alexa: Goodbye.
        alexa ends the session
        --- 1 day later
        user: ask memory keeper where my torch is
        alexa: Your torch is in the boot. You told me that yesterday morning.
    """,
    "en-CA": """
        user: open memory keeper
        user: my toque is in the front closet
        alexa: Got it. Your toque is in the front closet.
        user: I put my cellphone charger in the mudroom
        alexa: Got it. Your cellphone charger is in the mudroom.
        user: where is my toque
        alexa: Your toque is in the front closet. You told me that just now.
        user: forget my toque
        alexa: Okay, I've forgotten where your toque is.
        user: what do you remember
        alexa: You've told me about one thing: your cellphone charger is in the mudroom.
        user: thanks
        alexa: You're welcome. Goodbye.
        alexa ends the session
    """,
    "en-AU": """
        user: open memory keeper
        user: I chucked my sunnies in the glovebox
        alexa: Got it. Your sunnies are in the glovebox.
        user: my esky is in the ute
        alexa: Got it. Your esky is in the ute.
        user: where are my sunnies
        alexa: Your sunnies are in the glovebox. You told me that just now.
        user: forget everything
        alexa: Are you sure you want me to forget everything?
        user: no
        alexa: Okay, I'll keep everything.
        user: where is my esky
        alexa: Your esky is in the ute.
        user: stop
        alexa ends the session
    """,
    "en-IN": """
        user: open memory keeper
        user: I have kept my specs in the almirah
        alexa: Got it. Your specs are in the almirah.
        user: my mobile charger is in the drawing room
        alexa: Got it. Your mobile charger is in the drawing room.
        user: where have I kept my specs
        alexa: Your specs are in the almirah. You told me that just now.
        user: I kept my specs in the dickey
        alexa: Got it. Your specs are in the dickey now. Before, they were in the almirah.
        user: undo
        alexa: Undone. Your specs are in the almirah again, not in the dickey.
        user: where is my mobile charger kept
        alexa: Your mobile charger is in the drawing room.
        user: that's all
        alexa: You're welcome. Goodbye.
        alexa ends the session
    """,
}


@pytest.mark.parametrize("locale", sorted(CONVERSATIONS))
def test_a_whole_conversation_in_each_english_locale(
    handler: LambdaHandler, settings_api: SettingsApi, locale: str
) -> None:
    dialog = Dialog(handler, settings_api=settings_api, locale=locale)
    dialog.run(CONVERSATIONS[locale])
    requests = [reply.request for reply in dialog.replies]
    assert {request["request"]["locale"] for request in requests} == {locale}
