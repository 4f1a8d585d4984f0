"""Local token command: ``python -m shared.auth token --org ORG --scope "SCOPES"``.

Prints the token alone on stdout, so ``TOKEN=$(python -m shared.auth token ...)`` works.
"""

from __future__ import annotations

import argparse
import sys

from shared.auth.tokens import issue_local_token
from shared.settings import LOCAL_AUDIENCE, LOCAL_JWT_SECRET

ALL_SCOPES = (
    "intake:read intake:write measures:read measures:write metrics:read metrics:write "
    "metrics:admin feed:read"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shared.auth")
    commands = parser.add_subparsers(dest="command", required=True)
    token = commands.add_parser("token", help="print a local HS256 token")
    token.add_argument("--org", required=True, help="tenant id (the `org` claim)")
    token.add_argument("--scope", default=ALL_SCOPES, help="space-separated scopes")
    token.add_argument("--sub", default="local-user", help="subject (the `sub` claim)")
    token.add_argument(
        "--ttl",
        type=int,
        default=12 * 3600,
        help="lifetime in seconds (services refuse over 24 h by default)",
    )
    token.add_argument("--secret", default=LOCAL_JWT_SECRET, help="HS256 secret")
    token.add_argument("--audience", default=LOCAL_AUDIENCE, help="the `aud` claim")
    args = parser.parse_args(argv)
    print(
        issue_local_token(
            org=args.org,
            scope=args.scope,
            sub=args.sub,
            secret=args.secret,
            audience=args.audience,
            ttl_seconds=args.ttl,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
