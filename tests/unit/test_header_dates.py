import pytest

from pipeline.header import find_letter_date, labelled_values, place_date


@pytest.mark.parametrize("line, anywhere, expected", [
    ("Landshut, 27.09.2024", False, "2024-09-27"),
    ("Rotenburg (Wümme), 11. Juni 2024", False, "2024-06-11"),
    ("Frankfurt am Main, 3. März 2023", False, "2023-03-03"),
    ("Plauen, am 5.3.2024", False, "2024-03-05"),
    ("Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023", False, None),
    ("Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023", True, "2023-03-20"),
    ("Beschluss vom 12.03.2023", True, None),
])
def test_place_date(line, anywhere, expected):
    assert place_date(line, anywhere=anywhere) == expected


def test_a_place_date_run_into_a_label_value_is_split_off():
    lines = ["Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023"]
    values = labelled_values(lines)
    assert values["geschäftszeichen"] == "32.1-Sa/22-011"
    assert find_letter_date(lines, values) == "2023-03-20"
