"""Anonymous staff surveys: campaigns of catalog instruments answered by staff (Mini Z 2.0,
psychological safety, intent to leave), one-time tokens, anonymous responses, and one
``staff-survey.closed`` event per invited team when a campaign closes.

Anonymity is the design, not a setting: measures never learns who a token went to (the org's
own mailer sends the links; only a keyed hash of each token is kept), a response row carries
no token, person or time, and at close the responses leave measures in one shuffled event per
team and are deleted, with the tokens' spent marks. The README's "Staff surveys" section states
the residual risks.
"""

from services.measures.staff_surveys.campaigns import (
    CampaignRequest,
    create_campaign,
    find_campaign,
    list_campaigns,
    status_of,
)
from services.measures.staff_surveys.closing import close_campaign, close_due
from services.measures.staff_surveys.responding import ResponseRequest, accept_response
from services.measures.staff_surveys.tokens import mint_tokens

__all__ = [
    "CampaignRequest",
    "ResponseRequest",
    "accept_response",
    "close_campaign",
    "close_due",
    "create_campaign",
    "find_campaign",
    "list_campaigns",
    "mint_tokens",
    "status_of",
]
