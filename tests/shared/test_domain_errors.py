"""A service's domain error becomes its problem through the one shared handler."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.testclient import TestClient

from shared.errors import DomainError, FieldErrorDict
from shared.problems import PROBLEM_MEDIA_TYPE, install_problem_handlers


class _WardClosedError(DomainError):
    status, slug, title = 409, "ward-closed", "Ward closed"

    def __init__(self, ward: str) -> None:
        super().__init__(f"Ward {ward} takes no admissions.")
        self.ward = ward

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [{"pointer": f"{pointer}/ward", "detail": "closed", "code": "closed"}]

    def extensions(self) -> dict[str, str]:
        return {"ward": self.ward}


def _app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/admissions")
    def admit() -> None:
        raise _WardClosedError("7B")

    return app


def test_a_domain_error_raised_by_a_route_is_its_problem() -> None:
    response = TestClient(_app()).post("/admissions")

    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    body.pop("request_id", None)  # present when an earlier test left one in the context
    assert body == {
        "type": "https://learning-loop.dev/problems/ward-closed",
        "title": "Ward closed",
        "status": 409,
        "detail": "Ward 7B takes no admissions.",
        "instance": "/admissions",
        "errors": [{"pointer": "/body/ward", "detail": "closed", "code": "closed"}],
        "ward": "7B",
    }


def test_a_batch_item_points_its_problem_at_the_item() -> None:
    fields = _WardClosedError("7B").problem_fields(pointer="/body/items/3")

    assert fields["errors"] == [
        {"pointer": "/body/items/3/ward", "detail": "closed", "code": "closed"}
    ]
    assert (fields["status"], fields["slug"]) == (409, "ward-closed")


def test_an_error_base_without_fields_says_only_what_happened() -> None:
    fields = DomainError("Nothing to score.").problem_fields()

    assert fields == {
        "status": 422,
        "slug": "validation-error",
        "title": "Unprocessable Content",
        "detail": "Nothing to score.",
    }
