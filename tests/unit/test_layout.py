"""The geometry stage on hand-placed words: columns, running lines, paragraphs."""
from pipeline.layout import Page, Word, layout_text

W, H = 595.0, 842.0


def line(text: str, x: float, top: float, size: float = 10.0) -> list[Word]:
    words, cursor = [], x
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, cursor, top, cursor + width, top + size))
        cursor += width + size * 0.3
    return words


def page(number: int, *rows: list[Word]) -> Page:
    return Page(number, W, H, tuple(w for row in rows for w in row))


def test_letterhead_column_and_recipients_do_not_interleave():
    first = page(
        1,
        line("Landeshauptstadt Dresden", 354, 60),
        line("An alle", 70, 120), line("GZ: (GB 1) 17.3", 354, 120),
        line("Fraktionen sowie Mitglieder", 70, 133), line("Datum: 13.10.2021", 354, 133),
        line("des Stadtrates", 70, 146),
        line("Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021) Förderantrag", 70, 250),
    )
    text = layout_text([first])
    assert "An alle\nFraktionen sowie Mitglieder\ndes Stadtrates\n" in text
    assert "GZ: (GB 1) 17.3\nDatum: 13.10.2021\n" in text
    order = [text.index(s) for s in ("An alle", "Landeshauptstadt", "GZ:", "Beschlusskontrolle")]
    assert order == sorted(order)


def test_running_header_footer_and_page_numbers_are_dropped():
    body = [line(f"Zeile {i} des Textes mit Inhalt", 70, 150 + i * 13) for i in range(20)]
    footer = line("Landeshauptstadt Dresden · Postfach 12 00 20 · 01001 Dresden", 70, 800, size=7)
    first = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100), *body, footer, line("Seite 1 von 2", 450, 815, 7))
    second = page(2, line("Landeshauptstadt Dresden, Geschäftsbereich Finanzen Seite 2 von 2", 70, 34, 7),
                  line("- 2 -", 280, 60), line("fortgesetzte Antwort", 70, 90), footer)
    text = layout_text([first, second])
    assert "Seite" not in text and "Postfach" not in text and "- 2 -" not in text
    assert "fortgesetzte Antwort" in text
    assert "Zeile 19 des Textes mit Inhalt" in text


def test_paragraph_gap_becomes_blank_line():
    p = page(1, line("Beschlusskontrolle", 70, 100), line("erster Absatz", 70, 300), line("noch erster", 70, 313),
             line("zweiter Absatz", 70, 345))
    assert "erster Absatz\nnoch erster\n\nzweiter Absatz" in layout_text([p])


def test_side_by_side_signature_blocks_come_out_block_by_block():
    p = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100), line("Antwort zum Punkt.", 70, 300),
             line("Mit freundlichen Grüßen", 70, 540) + line("Kenntnisnahme:", 340, 540),
             line("Dr. Peter Lames", 70, 600) + line("Dirk Hilbert", 340, 600),
             line("Beigeordneter für Finanzen", 70, 613) + line("Oberbürgermeister", 340, 613))
    text = layout_text([p])
    assert "Mit freundlichen Grüßen\n\nDr. Peter Lames\nBeigeordneter für Finanzen" in text
    assert text.index("Beigeordneter für Finanzen") < text.index("Kenntnisnahme:\n\nDirk Hilbert\nOberbürgermeister")


def test_text_at_the_top_of_a_continuation_page_is_kept_even_if_the_letterhead_says_the_same():
    first = page(1, line("Landeshauptstadt Dresden", 200, 42), line("Beigeordneter für Finanzen", 200, 60),
                 line("Beschlusskontrolle zu V0870/21", 70, 200), line("Dr. Bernd Vogel", 70, 685))
    second = page(2, line("- 2 -", 289, 30, 8.5), line("Beigeordneter für Finanzen", 70, 64), line("Kenntnisnahme:", 70, 112))
    text = layout_text([first, second])
    assert "Dr. Bernd Vogel\n\nBeigeordneter für Finanzen" in text
    assert "- 2 -" not in text


def test_running_header_above_a_gap_is_dropped():
    first = page(1, line("Landeshauptstadt Dresden", 200, 42), line("Beschlusskontrolle zu V0870/21", 70, 200))
    second = page(2, line("Landeshauptstadt Dresden", 70, 30, 8), line("Thomas Lindner", 70, 64), line("Oberbürgermeister", 70, 78))
    text = layout_text([first, second])
    assert text.rstrip().endswith("V0870/21\n\nThomas Lindner\nOberbürgermeister")


def test_text_in_two_columns_comes_out_column_by_column():
    from pipeline.text import text_columns
    text = "Mit freundlichen Grüßen\n\nDr. Katrin Meyer          Thomas Weber\nBürgermeisterin           Oberbürgermeister\n"
    assert text_columns(text) == ("Mit freundlichen Grüßen\n\nDr. Katrin Meyer\nBürgermeisterin\n\nThomas Weber\n"
                                  "Oberbürgermeister\n")
    assert text_columns("Telefon     0351 488-7112\nnur eine Zeile") == "Telefon     0351 488-7112\nnur eine Zeile"
    # a full-width footer under both columns belongs to neither
    footer = "Konstanze Lüders            Peter Brinkhoff\nStadträtin                  Fachbereichsleiter\nLandeshauptstadt Hannover  Drucksache 15-1187/2024  Seite 2"
    assert text_columns(footer).split("\n") == ["Konstanze Lüders", "Stadträtin", "", "Peter Brinkhoff", "Fachbereichsleiter", "",
                                               "Landeshauptstadt Hannover  Drucksache 15-1187/2024  Seite 2"]


def test_a_forms_label_column_is_read_row_by_row_with_its_wrapped_label():
    p = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100),
             line("Sachstand / Begründung", 70, 300) + line("Die Arbeiten an allen elf Standorten laufen seit dem Frühjahr", 230, 300),
             line("bei Verzug", 70, 314) + line("planmäßig, der Abschluss folgt nach der Erneuerung der Leitungen.", 230, 314),
             line("Termin", 70, 340) + line("31.12.2025", 230, 340),
             line("Bemerkung", 70, 360) + line("Die Kosten liegen nach derzeitiger Schätzung im Rahmen der Planung.", 230, 360))
    text = layout_text([p])
    assert ("Sachstand / Begründung bei Verzug Die Arbeiten an allen elf Standorten laufen seit dem Frühjahr\n"
            "planmäßig, der Abschluss folgt nach der Erneuerung der Leitungen.\nTermin 31.12.2025\n") in text


def test_signature_columns_keep_a_long_left_line_and_the_lines_set_close_under_them():
    body = page(
        1,
        line("Der Bericht endet hier mit einem ganzen Satz über die Umsetzung.", 70, 500),
        line("Annett Hoyer", 70, 560), line("Kenntnisnahme", 300, 560),
        line("Leiterin des Amtes für Hochbau", 70, 572),          # runs past the middle of the gap
        line("und Immobilienverwaltung", 70, 584), line("Matthias Bergner", 300, 584),
        line("Oberbürgermeister", 300, 596),                      # close under the last row, right side only
    )
    text = layout_text([body])
    assert "Annett Hoyer\nLeiterin des Amtes für Hochbau\nund Immobilienverwaltung\n\nKenntnisnahme\n" in text
    assert text.rstrip().endswith("Matthias Bergner\nOberbürgermeister")


def test_a_signature_run_begins_above_its_first_wide_row():
    # the role's first line stands closer to the acknowledging name than the gap that marks columns,
    # and "Kenntnisnahme:" sits alone on the right above the sender's name
    p = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100), line("Antwort zum Punkt.", 70, 300),
             line("Mit freundlichen Grüßen", 63, 540),
             line("Kenntnisnahme:", 304, 560),
             line("Thomas Brenneis", 63, 575),
             line("Beigeordneter für Stadtentwicklung, Bau,", 63, 588) + line("Karsten Wendel", 304, 588),
             line("Verkehr und Liegenschaften", 63, 601) + line("Oberbürgermeister", 304, 601))
    text = layout_text([p])
    assert "Thomas Brenneis\nBeigeordneter für Stadtentwicklung, Bau,\nVerkehr und Liegenschaften" in text
    assert "Karsten Wendel\nOberbürgermeister" in text
    assert text.index("Verkehr und Liegenschaften") < text.index("Kenntnisnahme:")


def test_a_forms_rows_above_a_wide_row_are_not_read_as_signature_columns():
    # a label set close to its value above a row whose gap is wide: the label row stays one line
    p = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100),
             line("Erledigungsvermerk", 200, 300) + line("Die Schule ist fertig.", 304, 300),
             line("Termin", 63, 313) + line("31.03.2024", 304, 313))
    assert "Erledigungsvermerk Die Schule ist fertig." in layout_text([p])


def test_a_point_number_hung_left_of_its_text_stays_on_the_texts_line():
    # the number sits far out in the margin (wider than a column gap), as in hanging-indent lists
    text = layout_text([page(
        1,
        line("Der Kreistag beschließt:", 70, 300),
        line("1", 70, 320), line("Die Verwaltung legt einen Plan für die Radwege vor.", 135, 320),
        line("2", 70, 340), line("Die Kosten trägt der Landkreis bis zum Jahr 2026.", 135, 340),
        line("3:", 70, 360), line("Der Kreistag wird jährlich unterrichtet.", 135, 360),
    )])
    assert "1 Die Verwaltung legt einen Plan" in text
    assert "2 Die Kosten trägt der Landkreis" in text
    assert "3: Der Kreistag wird jährlich" in text


def test_signature_blocks_set_close_together_still_come_out_block_by_block():
    # the sender's role runs almost up to the acknowledging block: its edge, shared with the rows
    # above and below, splits the row
    p = page(1, line("Beschlusskontrolle zu V0870/21", 70, 100), line("Antwort zum Punkt.", 70, 300),
             line("Kenntnisnahme:", 298, 500), line("Anna Berger", 71, 540),
             line("Beigeordnete für Kultur und Wissenschaft", 71, 553) + line("Dirk Hilbert", 298, 553),
             line("Oberbürgermeister", 298, 567))
    text = layout_text([p])
    assert "Anna Berger\nBeigeordnete für Kultur und Wissenschaft" in text
    assert "Kenntnisnahme:\nDirk Hilbert\nOberbürgermeister" in text.replace("\n\n", "\n")


def test_a_short_letters_signatures_side_by_side_in_the_upper_half_are_no_letterhead_column():
    first = page(
        1,
        line("Zweckverband Abwasser Obere Kinzig", 77, 72),
        line("An die Mitglieder der Verbandsversammlung", 77, 118),
        line("Steinau, 03.04.2025", 380, 136),
        line("Sachstandsbericht zum Beschluss VV 08/2024", 77, 168),
        line("1. Die Geschäftsführung erneuert die Regenüberlaufbecken an der Kinzig.", 77, 223),
        line("Das erste Becken ist fertiggestellt, das zweite befindet sich im Bau.", 77, 242),
        line("Bernd Ruppel", 71, 330), line("Sabine Frischkorn", 298, 330),
        line("Verbandsvorsteher", 71, 345), line("Geschäftsführerin", 298, 345),
    )
    text = layout_text([first])
    # the place-and-date column stays in the letterhead; the signatures come after the body, column by column
    assert text.index("Steinau, 03.04.2025") < text.index("Sachstandsbericht")
    assert "Bernd Ruppel\nVerbandsvorsteher\n\nSabine Frischkorn\nGeschäftsführerin" in text
    assert text.index("im Bau.") < text.index("Bernd Ruppel")
