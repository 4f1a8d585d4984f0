"""Placeholder: routes of this module are being built."""

from fastapi import APIRouter

router = APIRouter(prefix="/v1")
