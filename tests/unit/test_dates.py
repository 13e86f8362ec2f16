import pytest

from pipeline.dates import find_dates, parse_date, precision


@pytest.mark.parametrize("text, expected", [
    pytest.param("13. OKT. 2021", "2021-10-13", id="stamp"),
    pytest.param("Datum: 13.10.2021", "2021-10-13", id="numeric"),
    pytest.param("Dresden, 02.07.19", "2019-07-02", id="two-digit-year"),
    pytest.param("13. Oktober 2021", "2021-10-13", id="worded"),
    pytest.param("3. April 2001", "2001-04-03", id="single-digit-day"),
    pytest.param("28. Februar 2022.", "2022-02-28", id="trailing-period"),
    pytest.param("Mai 2016", "2016-05", id="month-only"),
    pytest.param("MRZ 2016", "2016-03", id="abbreviated-march"),
    pytest.param("MRI 2016", "2016", id="ocr-ambiguous-mai-or-mrz-keeps-year"),
    pytest.param("DFZ 2015", "2015-12", id="ocr-one-glyph-december"),
    pytest.param("N0V. 2021", "2021-11", id="ocr-zero-for-o"),
    pytest.param("1 3. SEP. 2017", "2017-09-13", id="day-split-by-space"),
    pytest.param("aus 2021", "2021", id="lower-case-word-is-no-month"),
    pytest.param("ß 4. DEZ. 2015", "2015-12", id="illegible-day"),
    pytest.param("1FEB. 2020", "2020-02", id="glued-day"),
    pytest.param("im Jahr 2018", "2018", id="year-only"),
    pytest.param("2023-06-30", "2023-06-30", id="iso"),
    pytest.param("31.02.2021", "2021-02", id="impossible-day-keeps-month"),
    pytest.param("kein Datum", None, id="none"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dates_in_running_text_keeps_order_and_spans():
    text = "Beschluss vom 25.11.2021, nächste Kontrolle 30. September 2022"
    found = find_dates(text)
    assert [d.value for d in found] == ["2021-11-25", "2022-09-30"]
    assert text[found[1].start:found[1].end] == "30. September 2022"


@pytest.mark.parametrize("value, expected", [("2021", "year"), ("2021-10", "month"), ("2021-10-13", "day")])
def test_precision(value, expected):
    assert precision(value) == expected


def test_ocr_rn_for_m_in_a_month_name():
    from pipeline.dates import find_dates
    assert [d.value for d in find_dates("bis Ende Novernber 2023")] == ["2023-11"]


@pytest.mark.parametrize("text, expected", [("Q2/2025", "2025-06"), ("bis Q4 2024", "2024-12"), ("Q1.2026", "2026-03")])
def test_a_quarters_short_form_is_its_last_month(text, expected):
    from pipeline.dates import find_periods
    assert [d.value for d in find_periods(text)] == [expected]
