"""The demo organization's feedback team: a list of themes, tags on the feedback that calls for
them, and one published "you said, we did" (issue #20).

The generator's feedback holds scores only, so the themes are read from them: a session where
the person did not feel heard, a telehealth session with poor audio. Tagging a submission with
the set it already has changes and publishes nothing, so a second run of the demo adds nothing.
"""

from __future__ import annotations

from typing import Any

import httpx

THEMES = {
    "feeling-heard": ("Feeling heard", "The person did not feel listened to or understood."),
    "telehealth-audio": ("Telehealth audio", "Sound problems in a video or phone session."),
}
RESPONSE_ID = "yswd-feeling-heard"
RESPONSE = {
    "themes": ["feeling-heard"],
    "you_said": "Some of you did not always feel listened to in your sessions.",
    "we_did": "Every clinician now ends each session by asking what to change next time.",
    "published": True,
}
#: At most this many of the latest submissions are read for tagging (one page of the listing).
READ_AT_MOST = 1000


def themes_of(submission: dict[str, Any]) -> list[str]:
    """The codes a reader gives a submission, from its scores (sorted; empty for none)."""
    answers = submission["answers"]
    codes = []
    if submission["form_id"] == "session-feedback" and answers.get("felt-heard", 5) <= 2:
        codes.append("feeling-heard")
    if submission["form_id"] == "telehealth-experience" and answers.get("audio-quality", 5) <= 2:
        codes.append("telehealth-audio")
    return codes


def give_voice(client: httpx.Client, intake: str) -> int:
    """Keep the theme list, tag the latest feedback and publish the response; how many
    submissions carry a theme. ``client`` holds a token with `intake:read` and
    `intake:feedback-review`."""
    for code, (label, description) in THEMES.items():
        body = {"label": label, "description": description}
        client.put(f"{intake}/v1/feedback-themes/{code}", json=body).raise_for_status()
    page = client.get(f"{intake}/v1/feedback", params={"limit": READ_AT_MOST})
    page.raise_for_status()
    tagged = 0
    for submission in page.json()["items"]:
        codes = themes_of(submission)
        if codes:
            path = f"{intake}/v1/feedback/{submission['feedback_id']}/themes"
            client.put(path, json={"themes": codes}).raise_for_status()
            tagged += 1
    client.put(f"{intake}/v1/feedback-responses/{RESPONSE_ID}", json=RESPONSE).raise_for_status()
    return tagged
