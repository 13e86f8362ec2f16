"""Answers kept per letter (pipeline/memo.py): asked once within a letter, never carried into the next."""
from pathlib import Path

from pipeline.memo import new_letter, per_letter

GOLDEN = Path(__file__).resolve().parents[1] / "letters" / "golden"


def test_an_answer_is_computed_once_per_letter():
    asked = []

    @per_letter
    def length(text: str) -> int:
        asked.append(text)
        return len(text)

    assert length("Beschluss") == length("Beschluss") == 9
    assert asked == ["Beschluss"]
    new_letter()
    assert length("Beschluss") == 9
    assert asked == ["Beschluss", "Beschluss"]


def test_a_letter_reads_the_same_whatever_was_read_before_it():
    from pipeline import read_document
    from pipeline.letter import parse_letter

    first, second = (read_document(GOLDEN / name) for name in ("g01.txt", "g02.digital.pdf"))
    alone = parse_letter(first)
    parse_letter(second)
    assert parse_letter(first) == alone
