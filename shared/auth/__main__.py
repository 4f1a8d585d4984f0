"""Local token command: ``python -m shared.auth token --org ORG --scope "SCOPES"``.

Prints the token alone on stdout, so ``TOKEN=$(python -m shared.auth token ...)`` works. The
default scopes are every tenant scope; the operator's ``platform:operate`` is minted only when
named in ``--scope``. ``--role``, ``--team`` (repeatable) and ``--clinician-id`` add the role
claims of :mod:`shared.auth.roles`.
"""

from __future__ import annotations

import argparse
import sys

from shared.auth.roles import ROLES, TENANT_SCOPES
from shared.auth.tokens import issue_local_token
from shared.settings import LOCAL_AUDIENCE, LOCAL_JWT_SECRET


def _role_claims(args: argparse.Namespace) -> dict[str, object]:
    claims: dict[str, object] = {}
    if args.role:
        claims["role"] = args.role
    if args.team:
        claims["teams"] = args.team
    if args.clinician_id:
        claims["clinician_id"] = args.clinician_id
    return claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shared.auth")
    commands = parser.add_subparsers(dest="command", required=True)
    token = commands.add_parser("token", help="print a local HS256 token")
    token.add_argument("--org", required=True, help="tenant id (the `org` claim)")
    token.add_argument("--scope", default=TENANT_SCOPES, help="space-separated scopes")
    token.add_argument("--role", choices=ROLES, help="the `role` claim (clinician views)")
    token.add_argument("--team", action="append", default=[], help="a supervisor's team id")
    token.add_argument("--clinician-id", help="the `clinician_id` claim (default: the sub)")
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
            extra=_role_claims(args),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
