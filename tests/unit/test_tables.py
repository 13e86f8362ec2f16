"""Letters that answer in a table: positioned words of our own, one row per record."""
from pipeline.layout import Page, Word, layout_text


def _words(y: float, cells: list[tuple[float, str]]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(word, x, y, x + 6 * len(word), y + 10))
            x += 6 * len(word) + 4
    return out


def test_table_records_become_quoted_points_with_status_and_date_cells():
    words = _words(100, [(50, "Sehr geehrte Damen und Herren,")])
    words += _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status"), (540, "Termin")])
    words += _words(150, [(50, "1"), (80, "Die Wege sind"), (300, "Die Planung liegt vor."), (480, "in"), (540, "30.06.2030")])
    words += _words(162, [(80, "zu sanie-"), (480, "Umsetzung")])
    words += _words(174, [(80, "ren.")])
    words += _words(196, [(50, "2"), (80, "Bänke aufstellen."), (300, "Erledigt."), (480, "umgesetzt"), (540, "–")])
    words += _words(240, [(50, "Mit freundlichen Grüßen")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "1. „Die Wege sind zu sanieren.“\nDie Planung liegt vor.\nStatus: in Umsetzung\nTermin: 30.06.2030" in text
    assert "2. „Bänke aufstellen.“\nErledigt.\nStatus: umgesetzt\n\n" in text   # "–" names no date
    assert text.rstrip().endswith("Mit freundlichen Grüßen")


def test_a_first_row_whose_number_ocr_misread_is_numbered_by_the_next_row():
    def table(first_number: str, second_number: str) -> str:
        words = _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status")])
        words += _words(150, [(50, first_number), (80, "Eine Liste erstellen."), (300, "Die Liste liegt vor."), (480, "umgesetzt")])
        words += _words(172, [(50, second_number), (80, "Bänke aufstellen."), (300, "Zwölf stehen."), (480, "umgesetzt")])
        return layout_text([Page(1, 600, 800, tuple(words))])
    text = table("ai", "2")          # OCR's reading of a "1" with the ruling beside it
    assert "1. „Eine Liste erstellen.“\nDie Liste liegt vor.\nStatus: umgesetzt" in text
    assert "2. „Bänke aufstellen.“" in text
    # a row above the first number that the sequence cannot place is no record
    assert "„Eine Liste erstellen.“" not in table("ai", "1")


def test_a_sentence_naming_the_columns_is_no_table():
    words = _words(100, [(50, "Zum Beschlusspunkt 2 teilt die Verwaltung den Sachstand und den Status mit, wie folgt.")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "„" not in text


def test_a_title_naming_a_resolution_is_no_table_heading():
    # "Sachstand" and "Beschluss" in a report's title, the points below in running text
    words = _words(100, [(50, "Sachstand zum Beschluss 2023/AN/4410 – Fahrradparkhaus am")])
    words += _words(112, [(50, "Hauptbahnhof Süd")])
    words += _words(140, [(50, "1. Der Oberbürgermeister wird beauftragt, einen Standort zu sichern.")])
    words += _words(152, [(50, "Sachstand: Ein Standort wurde gesichert.")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "1. Der Oberbürgermeister wird beauftragt, einen Standort zu sichern.\nSachstand: Ein Standort wurde gesichert." in text


def test_a_lead_sentence_naming_the_columns_does_not_join_the_heading_below_it():
    words = _words(100, [(50, "zu dem oben genannten Beschluss gebe ich den folgenden Sachstand bekannt:")])
    words += _words(120, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status")])
    words += _words(138, [(50, "1"), (80, "Das Konzept wird beschlossen."), (300, "Keine Umsetzung nötig."), (480, "–")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "zu dem oben genannten Beschluss gebe ich den folgenden Sachstand bekannt:" in text
    assert "1. „Das Konzept wird beschlossen.“\nKeine Umsetzung nötig." in text


def test_a_bar_separated_text_table_becomes_points_answers_and_states():
    from pipeline.tables import pipe_table
    lines = ["Der Stand ist der Übersicht zu entnehmen.", "", "Nr. | Beschlusspunkt | Sachstand | Status", "",
             "1 | Die Verwaltung wird beauftragt, Bänke", "aufzustellen. | Zwölf Bänke stehen seit Mai. |", "erledigt", "",
             "- 2 -", "", "2 | Die Kosten sind zu melden. | – | –", "", "Die nächste Information folgt im Mai."]
    out = pipe_table(lines)
    assert out[out.index("1. „Die Verwaltung wird beauftragt, Bänke aufzustellen.“") + 1:][:2] == [
        "Zwölf Bänke stehen seit Mai.", "Status: erledigt"]
    assert "2. „Die Kosten sind zu melden.“" in out and out[-1] == "Die nächste Information folgt im Mai."
    assert pipe_table(["Nr. | Name", "1 | Meier"]) == ["Nr. | Name", "1 | Meier"]     # no point column: no table of points


def test_a_table_whose_cells_a_text_conversion_stacked_becomes_points_with_answers_and_cells():
    from pipeline.mandates import read_body
    body = """Zum Stand der Umsetzung wird wie folgt informiert:
Nr. Beschlusstext Erledigungsvermerk Termin zust. Amt
1 Die Verwaltung wird
beauftragt, einen Spielplatz
am Anger zu planen.
Die Planung liegt vor; die
Ausschreibung läuft.
30.09.2025 Amt 67
2 Die Anwohner sind zu
beteiligen.
Eine Anwohnerversammlung hat
im Mai stattgefunden.
erledigt Amt 67
laufend
Die nächste Information folgt im Herbst.""".split("\n")
    points, _ = read_body(body, "0412/24", ["0412/24"])
    assert [(p.number, " ".join(p.quote), " ".join(p.response).strip(), p.facts) for p in points] == [
        ("1", "Die Verwaltung wird beauftragt, einen Spielplatz am Anger zu planen.",
         "Die Planung liegt vor; die Ausschreibung läuft.", {"date": "30.09.2025"}),
        ("2", "Die Anwohner sind zu beteiligen.", "Eine Anwohnerversammlung hat im Mai stattgefunden.", {"status": "erledigt"})]


def test_rows_of_cells_side_by_side_are_no_stacked_table():
    from pipeline.tables import stacked_table
    lines = ["Nr. Beschlusspunkt   Stand der Umsetzung",
             "1 Der Geschäftsführer wird beauftragt, das Netz   Die Erneuerung von 8,4 km Leitungen ist",
             "bis Ende 2024 zu erneuern.   abgeschlossen; der Rest folgt im Herbst.",
             "2 Die Kosten sind über Zuschüsse zu refinanzieren.   Das ist nach der Satzung nicht zulässig."]
    assert stacked_table(lines) == lines


def test_a_form_grid_above_the_table_does_not_swallow_its_heading_and_a_dash_inside_a_cell_is_text():
    # label/value rows of a form (two columns) run straight into the table's heading row
    words = _words(60, [(50, "Beschluss-Nr.:"), (200, "B-088/2023")])
    words += _words(74, [(50, "Gegenstand:"), (200, "Radverkehrskonzept Umsetzungsprogramm")])
    words += _words(100, [(50, "Nr."), (80, "Beschlusspunkt"), (250, "Sachstand"), (430, "Status"), (500, "Termin")])
    words += _words(120, [(50, "1"), (80, "Route Zentrum –"), (250, "Die Studie liegt vor."), (430, "erledigt"), (500, "–")])
    words += _words(132, [(80, "Nord ist zu prüfen.")])
    words += _words(160, [(50, "Mit freundlichen Grüßen")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "1. „Route Zentrum – Nord ist zu prüfen.“\nDie Studie liegt vor.\nStatus: erledigt\n\n" in text
    assert "Sachstand Status" not in text


def test_a_table_read_across_with_wide_spaces_between_its_cells():
    from pipeline.tables import spaced_table
    lines = ["An den Marktgemeinderat Oberstdorf",
             "Nr.   Beschlusstext   Sachstand",
             "1   Die Bushaltestelle Kirchstraße wird   Die Bauarbeiten haben am 03.04.2023 begonnen",
             "barrierefrei umgebaut.   und sollen bis 30.06.2023 abgeschlossen werden.",
             "2   Die Bushaltestelle Nebelhornbahn wird   Der Umbau ist noch nicht begonnen. Die Förderzu-",
             "barrierefrei umgebaut.   sage steht noch aus;",
             "ohne Förderung ist eine Finanzierung im Haushalt",      # one cell: the open sentence goes on
             "2023 nicht darstellbar.",
             "Nächster Bericht: im Juli 2023."]
    out = spaced_table(lines)
    assert out[0] == "An den Marktgemeinderat Oberstdorf" and out[-1] == "Nächster Bericht: im Juli 2023."
    assert "1. „Die Bushaltestelle Kirchstraße wird barrierefrei umgebaut.“" in out
    assert "Die Bauarbeiten haben am 03.04.2023 begonnen und sollen bis 30.06.2023 abgeschlossen werden." in out
    assert "2. „Die Bushaltestelle Nebelhornbahn wird barrierefrei umgebaut.“" in out
    assert ("Der Umbau ist noch nicht begonnen. Die Förderzusage steht noch aus; ohne Förderung ist eine Finanzierung "
            "im Haushalt 2023 nicht darstellbar.") in out
    # prose with wide spaces but no table heading is left as it is
    assert spaced_table(["Az.:   12/3", "Sehr geehrte Damen und Herren,"]) == ["Az.:   12/3", "Sehr geehrte Damen und Herren,"]


def test_a_text_table_keeping_its_columns_is_read_by_their_positions():
    # cells wrap over several lines, blank lines part the records, and a cell comes as close
    # as one space to the next ("Trinkwasserbrunnen Die übrigen")
    from pipeline.tables import spaced_table
    lines = ["Den Stand entnehmen Sie der Übersicht.",
             "",
             "Nr.   Beschlusspunkt                 Sachstand                           Termin",
             "",
             "1     Der Oberbürgermeister wird     Bislang wurden 7 Brunnen errichtet, 31.12.2026",
             "      beauftragt, 20 zusätzliche     weitere sind abgestimmt.",
             "      Trinkwasserbrunnen zu          Die übrigen Standorte werden 2025",
             "      errichten.                     festgelegt.",
             "",
             "2     Für den Betrieb ist eine       Ein Vertragsentwurf liegt vor,      III. Quartal",
             "      Vereinbarung mit den Leipziger konnte jedoch nicht",
             "      Wasserwerken abzuschließen.    unterzeichnet werden.               2024",
             "",
             "Die nächste Information erfolgt im II. Quartal 2025."]
    out = spaced_table(lines)
    assert "1. „Der Oberbürgermeister wird beauftragt, 20 zusätzliche Trinkwasserbrunnen zu errichten.“" in out
    assert "Bislang wurden 7 Brunnen errichtet, weitere sind abgestimmt. Die übrigen Standorte werden 2025 festgelegt." in out
    assert "2. „Für den Betrieb ist eine Vereinbarung mit den Leipziger Wasserwerken abzuschließen.“" in out
    assert "Ein Vertragsentwurf liegt vor, konnte jedoch nicht unterzeichnet werden." in out
    assert "Termin: III. Quartal 2024" in out and out[-1] == "Die nächste Information erfolgt im II. Quartal 2025."


def test_an_answer_cell_beginning_with_anlagen_goes_on_in_the_table():
    words = _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status")])
    words += _words(150, [(50, "1"), (80, "Anlagen errichten."), (300, "Die Eignung ist geprüft;"), (480, "erledigt")])
    words += _words(162, [(300, "Anlagen in Betrieb.")])
    words += _words(180, [(50, "2"), (80, "Finanzierung vorlegen."), (300, "Liegt vor."), (480, "erledigt")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "1. „Anlagen errichten.“\nDie Eignung ist geprüft; Anlagen in Betrieb." in text
    assert "2. „Finanzierung vorlegen.“" in text


def test_a_text_table_with_two_spaces_between_cells_and_rows_flowing_over_lines():
    from pipeline.tables import spaced_table
    lines = ["Nr.  Beschlusspunkt  Sachstand  Status  Termin",
             "1  Am Marktplatz werden zwölf Bänke aufgestellt.  Acht Bänke stehen, vier",
             "sind bestellt.  in",
             "Bearbeitung  06/2025",
             "2  Der Brunnen wird saniert.  Die Sanierung ist",
             "abgeschlossen.",
             "erledigt  –",
             "3  Die Beleuchtung wird erneuert.",
             "Zurückgestellt bis zum nächsten Haushalt; die Mittel fehlen.",
             "zurückgestellt  –",
             "",
             "Weitere Fragen beantwortet das Amt."]
    out = spaced_table(lines)
    assert "1. „Am Marktplatz werden zwölf Bänke aufgestellt.“" in out
    assert "Acht Bänke stehen, vier sind bestellt." in out
    assert "Status: in Bearbeitung" in out and "Termin: 06/2025" in out
    assert "Die Sanierung ist abgeschlossen." in out and "Status: erledigt" in out
    # a sentence alone after the finished point is the answer, not the date
    assert "Zurückgestellt bis zum nächsten Haushalt; die Mittel fehlen." in out and "Status: zurückgestellt" in out
    assert out[-1] == "Weitere Fragen beantwortet das Amt."
    # two spaces in prose without a table heading change nothing
    assert spaced_table(["Sehr geehrte Damen und Herren,", "der Plan liegt vor.  Er gilt ab Mai."]) == \
        ["Sehr geehrte Damen und Herren,", "der Plan liegt vor.  Er gilt ab Mai."]


def test_a_sentence_under_the_table_running_across_its_columns_ends_the_table():
    words = _words(100, [(50, "Sehr geehrte Damen und Herren,")])
    words += _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (252, "Sachstand"), (480, "Status"), (540, "Termin")])
    words += _words(150, [(50, "1"), (80, "Die Wege sind"), (252, "Die Planung liegt vor."), (480, "offen"), (540, "–")])
    words += _words(162, [(80, "zu sanieren.")])
    # no word of it lies across the answer column's edge (x 252: "dem" ends at 250, "Bauausschuss" starts at 254),
    # but it runs on past it with word spaces only
    words += _words(188, [(50, "Über den weiteren Fortgang wird dem Bauausschuss im September berichtet.")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "1. „Die Wege sind zu sanieren.“\nDie Planung liegt vor.\nStatus: offen\n" in text
    assert "\nÜber den weiteren Fortgang wird dem Bauausschuss im September berichtet." in text


def test_a_row_naming_only_a_resolution_heads_the_records_below_it():
    words = _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status")])
    words += _words(148, [(80, "V0101/24")])
    words += _words(166, [(50, "1"), (80, "Eine Liste erstellen."), (300, "Die Liste liegt vor."), (480, "erledigt")])
    words += _words(184, [(80, "A0202/24")])
    words += _words(202, [(50, "1"), (80, "Bänke aufstellen."), (300, "Zwölf stehen."), (480, "erledigt")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "Zu V0101/24:\n\n1. „Eine Liste erstellen.“" in text
    assert "Zu A0202/24:\n\n1. „Bänke aufstellen.“" in text
    assert "„Eine Liste erstellen. A0202/24“" not in text     # the identifier's row is no part of the point above


def test_a_row_across_the_table_naming_a_resolution_and_its_title_heads_its_records():
    # "I. V0303/19 – Schwimmhalle Nord" runs across every column: a group's heading, not the end of the table
    words = _words(130, [(50, "Nr."), (80, "Beschlusspunkt"), (300, "Sachstand"), (480, "Termin")])
    words += _words(148, [(50, "I. V0303/19 – Schwimmhalle Nord – Sanierung des Daches")])
    words += _words(166, [(50, "1"), (80, "Das Dach ist zu sanieren."), (300, "Die Planung läuft."), (480, "2026")])
    words += _words(184, [(50, "II. A0404/19 – Öffnungszeiten der Schwimmhalle Nord")])
    words += _words(202, [(50, "1"), (80, "Abends länger öffnen."), (300, "Seit Mai bis 22 Uhr."), (480, "–")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    # (headed "Zu …" like a row naming only the identifier: the points reader takes it for a group's heading)
    assert "Zu I. V0303/19 – Schwimmhalle Nord – Sanierung des Daches\n\n1. „Das Dach ist zu sanieren.“" in text
    assert "Zu II. A0404/19 – Öffnungszeiten der Schwimmhalle Nord\n\n1. „Abends länger öffnen.“" in text


def test_a_ruling_run_into_a_rows_number_still_starts_its_record():
    words = _words(130, [(50, "Nr."), (80, "Beschlussziffer"), (300, "Sachstand"), (480, "Status")])
    words += _words(150, [(50, "1"), (80, "Ein Programm erarbeiten."), (300, "Es liegt vor."), (480, "erledigt")])
    words += _words(172, [(50, "|2"), (80, "Mittel einplanen."), (300, "Veranschlagt."), (480, "offen")])
    words += _words(194, [(50, "‚3"), (80, "Jährlich berichten."), (300, "Folgt 2026."), (480, "offen")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "2. „Mittel einplanen.“\nVeranschlagt.\nStatus: offen" in text
    assert "3. „Jährlich berichten.“" in text


def test_a_number_cell_naming_the_resolution_over_the_points_number():
    # "A0101/24" over "1" in the number column: a table of two resolutions' points, each row naming its resolution
    words = _words(130, [(50, "Nr."), (110, "Beschlusspunkt"), (300, "Sachstand"), (480, "Status")])
    words += _words(150, [(50, "A0101/24"), (110, "Eine Liste"), (300, "Die Liste liegt vor."), (480, "erledigt")])
    words += _words(162, [(50, "1"), (110, "erstellen.")])
    words += _words(184, [(50, "A0101/24"), (110, "Bänke aufstellen."), (300, "Zwölf stehen."), (480, "erledigt")])
    words += _words(196, [(50, "2")])
    words += _words(218, [(50, "A0202/24"), (110, "Wege pflastern."), (300, "Begonnen."), (480, "offen")])
    words += _words(230, [(50, "1")])
    text = layout_text([Page(1, 600, 800, tuple(words))])
    assert "Zu A0101/24:\n\n1. „Eine Liste erstellen.“\nDie Liste liegt vor." in text
    assert "2. „Bänke aufstellen.“\nZwölf stehen." in text
    assert "Zu A0202/24:\n\n1. „Wege pflastern.“\nBegonnen.\nStatus: offen" in text
    assert text.count("Zu A0101/24") == 1        # the same resolution's rows share its heading
