from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.instrument_reporting import InstrumentReporting
from ..models.instrument_subject import InstrumentSubject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_list import AnswerList
    from ..models.classification import Classification
    from ..models.instrument_overrides_applied_type_0 import InstrumentOverridesAppliedType0
    from ..models.item import Item
    from ..models.license_ import License
    from ..models.provenance import Provenance
    from ..models.rule import Rule
    from ..models.scale import Scale
    from ..models.scoring import Scoring
    from ..models.source import Source
    from ..models.subscale import Subscale


T = TypeVar("T", bound="Instrument")


@_attrs_define
class Instrument:
    """One version of one instrument, as read from ``catalog/<id>.v<version>.json``.

    Attributes:
        id (str): Instrument id.
        version (int): Catalog version of the instrument.
        name (str): Full name.
        short_name (str): Usual abbreviation.
        description (str): What it measures and for whom.
        population (str): Who it is validated for.
        codes (Provenance): Where a group of facts (such as the LOINC codes) comes from.
        answer_lists (list[AnswerList]): The answer lists items name.
        items (list[Item]): The items, in order.
        scoring (Scoring): How the total is computed.
        license_ (License): Who holds the instrument's rights and what use they allow.
        sources (list[Source]): Every source the facts above cite.
        subject (InstrumentSubject | Unset): Who is assessed: a patient, or a clinician (staff well-being: answered
            anonymously, with no person's id and a coarsened completion time). Default: InstrumentSubject.PATIENT.
        reporting (InstrumentReporting | Unset): `anonymous_team_aggregate`: reported only as team aggregates. Default:
            InstrumentReporting.INDIVIDUAL.
        recall_period (None | str | Unset): The period asked about.
        stem (None | str | Unset): The question stem, where published.
        loinc_panel (None | str | Unset): LOINC code of the panel, if any.
        total (None | Scale | Unset): The total score's scale; null for unscored instruments.
        subscales (list[Subscale] | Unset): Subscales, if any.
        rules (list[Rule] | Unset): Critical-item and indicator rules.
        classifications (list[Classification] | Unset): Non-numeric results, such as the C-SSRS risk level.
        overrides_applied (InstrumentOverridesAppliedType0 | None | Unset): Set only by overrides.apply_overrides, never
            in a file.
        fingerprint (None | str | Unset): Short hash of the applied overrides, None for the catalog.
    """

    id: str
    version: int
    name: str
    short_name: str
    description: str
    population: str
    codes: Provenance
    answer_lists: list[AnswerList]
    items: list[Item]
    scoring: Scoring
    license_: License
    sources: list[Source]
    subject: InstrumentSubject | Unset = InstrumentSubject.PATIENT
    reporting: InstrumentReporting | Unset = InstrumentReporting.INDIVIDUAL
    recall_period: None | str | Unset = UNSET
    stem: None | str | Unset = UNSET
    loinc_panel: None | str | Unset = UNSET
    total: None | Scale | Unset = UNSET
    subscales: list[Subscale] | Unset = UNSET
    rules: list[Rule] | Unset = UNSET
    classifications: list[Classification] | Unset = UNSET
    overrides_applied: InstrumentOverridesAppliedType0 | None | Unset = UNSET
    fingerprint: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.instrument_overrides_applied_type_0 import InstrumentOverridesAppliedType0  # noqa: PLC0415
        from ..models.scale import Scale  # noqa: PLC0415

        id = self.id

        version = self.version

        name = self.name

        short_name = self.short_name

        description = self.description

        population = self.population

        codes = self.codes.to_dict()

        answer_lists = []
        for answer_lists_item_data in self.answer_lists:
            answer_lists_item = answer_lists_item_data.to_dict()
            answer_lists.append(answer_lists_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        scoring = self.scoring.to_dict()

        license_ = self.license_.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        subject: str | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.value

        reporting: str | Unset = UNSET
        if not isinstance(self.reporting, Unset):
            reporting = self.reporting.value

        recall_period: None | str | Unset
        if isinstance(self.recall_period, Unset):
            recall_period = UNSET
        else:
            recall_period = self.recall_period

        stem: None | str | Unset
        if isinstance(self.stem, Unset):
            stem = UNSET
        else:
            stem = self.stem

        loinc_panel: None | str | Unset
        if isinstance(self.loinc_panel, Unset):
            loinc_panel = UNSET
        else:
            loinc_panel = self.loinc_panel

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, Scale):
            total = self.total.to_dict()
        else:
            total = self.total

        subscales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscales, Unset):
            subscales = []
            for subscales_item_data in self.subscales:
                subscales_item = subscales_item_data.to_dict()
                subscales.append(subscales_item)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        overrides_applied: dict[str, Any] | None | Unset
        if isinstance(self.overrides_applied, Unset):
            overrides_applied = UNSET
        elif isinstance(self.overrides_applied, InstrumentOverridesAppliedType0):
            overrides_applied = self.overrides_applied.to_dict()
        else:
            overrides_applied = self.overrides_applied

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "version": version,
                "name": name,
                "short_name": short_name,
                "description": description,
                "population": population,
                "codes": codes,
                "answer_lists": answer_lists,
                "items": items,
                "scoring": scoring,
                "license": license_,
                "sources": sources,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if reporting is not UNSET:
            field_dict["reporting"] = reporting
        if recall_period is not UNSET:
            field_dict["recall_period"] = recall_period
        if stem is not UNSET:
            field_dict["stem"] = stem
        if loinc_panel is not UNSET:
            field_dict["loinc_panel"] = loinc_panel
        if total is not UNSET:
            field_dict["total"] = total
        if subscales is not UNSET:
            field_dict["subscales"] = subscales
        if rules is not UNSET:
            field_dict["rules"] = rules
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if overrides_applied is not UNSET:
            field_dict["overrides_applied"] = overrides_applied
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_list import AnswerList  # noqa: PLC0415
        from ..models.classification import Classification  # noqa: PLC0415
        from ..models.instrument_overrides_applied_type_0 import InstrumentOverridesAppliedType0  # noqa: PLC0415
        from ..models.item import Item  # noqa: PLC0415
        from ..models.license_ import License  # noqa: PLC0415
        from ..models.provenance import Provenance  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415
        from ..models.scale import Scale  # noqa: PLC0415
        from ..models.scoring import Scoring  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.subscale import Subscale  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        name = d.pop("name")

        short_name = d.pop("short_name")

        description = d.pop("description")

        population = d.pop("population")

        codes = Provenance.from_dict(d.pop("codes"))

        answer_lists = []
        _answer_lists = d.pop("answer_lists")
        for answer_lists_item_data in _answer_lists:
            answer_lists_item = AnswerList.from_dict(answer_lists_item_data)

            answer_lists.append(answer_lists_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        scoring = Scoring.from_dict(d.pop("scoring"))

        license_ = License.from_dict(d.pop("license"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        _subject = d.pop("subject", UNSET)
        subject: InstrumentSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = InstrumentSubject(_subject)

        _reporting = d.pop("reporting", UNSET)
        reporting: InstrumentReporting | Unset
        if isinstance(_reporting, Unset):
            reporting = UNSET
        else:
            reporting = InstrumentReporting(_reporting)

        def _parse_recall_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recall_period = _parse_recall_period(d.pop("recall_period", UNSET))

        def _parse_stem(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem = _parse_stem(d.pop("stem", UNSET))

        def _parse_loinc_panel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loinc_panel = _parse_loinc_panel(d.pop("loinc_panel", UNSET))

        def _parse_total(data: object) -> None | Scale | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = Scale.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Scale | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        _subscales = d.pop("subscales", UNSET)
        subscales: list[Subscale] | Unset = UNSET
        if _subscales is not UNSET:
            subscales = []
            for subscales_item_data in _subscales:
                subscales_item = Subscale.from_dict(subscales_item_data)

                subscales.append(subscales_item)

        _rules = d.pop("rules", UNSET)
        rules: list[Rule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = Rule.from_dict(rules_item_data)

                rules.append(rules_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[Classification] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = Classification.from_dict(classifications_item_data)

                classifications.append(classifications_item)

        def _parse_overrides_applied(data: object) -> InstrumentOverridesAppliedType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overrides_applied_type_0 = InstrumentOverridesAppliedType0.from_dict(data)

                return overrides_applied_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstrumentOverridesAppliedType0 | None | Unset, data)

        overrides_applied = _parse_overrides_applied(d.pop("overrides_applied", UNSET))

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        instrument = cls(
            id=id,
            version=version,
            name=name,
            short_name=short_name,
            description=description,
            population=population,
            codes=codes,
            answer_lists=answer_lists,
            items=items,
            scoring=scoring,
            license_=license_,
            sources=sources,
            subject=subject,
            reporting=reporting,
            recall_period=recall_period,
            stem=stem,
            loinc_panel=loinc_panel,
            total=total,
            subscales=subscales,
            rules=rules,
            classifications=classifications,
            overrides_applied=overrides_applied,
            fingerprint=fingerprint,
        )

        return instrument
