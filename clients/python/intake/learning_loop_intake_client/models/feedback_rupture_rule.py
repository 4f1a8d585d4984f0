from enum import StrEnum


class FeedbackRuptureRule(StrEnum):
    AT_OR_BELOW_THRESHOLD = "at-or-below-threshold"
    DROP_FROM_PREVIOUS = "drop-from-previous"

    def __str__(self) -> str:
        return str(self.value)
