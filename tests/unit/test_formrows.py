"""Forms with one block of labelled rows per point, labels without colons."""
from pipeline.formrows import choice, find_labels, rewrite
from pipeline.mandates import read_points

FORM = [
    "Punkt 1 Der Landrat wird beauftragt, ein Radwegekonzept vorzulegen.",
    "Bearbeitungsstand [ ] offen [x] in Arbeit [ ] abgeschlossen",
    "Stand der Umsetzung Das Konzept ist ausgeschrieben, der Zuschlag folgt im Mai.",
    "Frist 30.06.2025",
    "",
    "Punkt 2 Die Mittel sind im Haushalt bereitzustellen.",
    "Bearbeitungsstand [ ] offen [ ] in Arbeit [x] abgeschlossen",
    "Stand der Umsetzung Die Mittel stehen im Haushalt 2025 bereit.",
    "Frist –",
]


def test_repeated_labels_are_found_with_their_roles():
    labels = find_labels(FORM)
    assert labels == {"Punkt": "point", "Bearbeitungsstand": "status", "Stand der Umsetzung": "answer", "Frist": "date"}


def test_a_label_never_swallows_the_point_number():
    assert find_labels(["Ziffer 1 Die Stadt …", "Ziffer 2 Der Rat …"]) == {"Ziffer": "point"}


def test_a_sentence_start_that_repeats_is_no_label():
    assert find_labels(["Die Verwaltung wird beauftragt, A.", "Die Verwaltung wird beauftragt, B."]) == {}


def test_one_ticked_box_names_the_state():
    assert choice("☐ erledigt ☒ in Bearbeitung ☐ nicht umsetzbar") == "in Bearbeitung"
    assert choice("D erledigt X in Bearbeitung D nicht umsetzbar") == "in Bearbeitung"   # as OCR reads the boxes
    assert choice("☐ erledigt ☐ in Bearbeitung") == ""        # none ticked: the row says nothing
    assert choice("in Bearbeitung") is None                     # no boxes


def test_rows_are_read_as_points_answers_and_facts():
    lines = rewrite(FORM)
    assert lines[1] == "Status: in Arbeit" and lines[3] == "Termin: 30.06.2025"
    points = read_points(FORM, "KT/2024/101", [])
    assert [p.number for p in points] == ["1", "2"]
    assert points[0].response == ["Das Konzept ist ausgeschrieben, der Zuschlag folgt im Mai."]
    assert points[0].facts == {"status": "in Arbeit", "date": "30.06.2025"}
    assert points[1].facts["status"] == "abgeschlossen"


def test_labels_with_a_colon_are_left_to_the_reader():
    assert find_labels(["Stand der Umsetzung: Die Planung läuft.", "Stand der Umsetzung:Die Mittel fehlen."]) == {}
