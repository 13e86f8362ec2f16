"""Datasette metadata for the archive, generated from the record's field descriptions and the schema.

    python -m archive.metadata            # rewrites metadata.json at the repository root

`build()` returns the metadata as a dict: German text with the English meaning after a dash
(Datasette's own interface is English), a description for every table, view and column,
facets, sort orders, label columns and the canned queries. The English half of a column that
holds a record field is the pydantic field's own description (models/record.py), so the two
cannot drift apart; tests/test_publish_metadata.py fails when a column of the schema is
undocumented, when a description names a column that does not exist, or when metadata.json
differs from `build()`.

`serve` uses `build()` directly and only adds what depends on how it is started (public or
full archive, authentication).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from models.record import Alias, Mandate, Person, Record, Source

DATABASE = "archiv"  # the name `beschlussarchiv serve` gives the database in URLs: /archiv/letters/1
METADATA_JSON = Path(__file__).resolve().parent.parent / "metadata.json"


def _en(model, name: str) -> str:
    return model.model_fields[name].description


def d(german: str, english: str) -> str:
    """A description: German, then the English meaning."""
    return f"{german} — {english}"


# ------------------------------------------------------------------ columns used in several places

_RESOLUTION = d("Kennung des Beschlusses (Vorlage, Antrag), wie gedruckt, z. B. V0870/21",
                _en(Alias, "resolution"))
_SUBJECT = d("Titel des Beschlusses", _en(Record, "subject"))
_SESSION = d("Sitzung, in der beschlossen wurde, z. B. SR/026/2021", _en(Record, "session_number"))
_LETTER_ID = d("Brief (Verweis auf letters.id)", "The letter (refers to letters.id).")
_LETTER_DATE = d("Datum des Briefes, ISO mit der lesbaren Genauigkeit", _en(Record, "letter_date"))
_DEPARTMENT = d("Ausstellende Stelle laut Briefkopf", _en(Record, "department"))
_REPORT_TYPE = d("Art des Berichts: interim (Zwischenstand, es folgt eine weitere Kontrolle) oder final",
                 _en(Record, "report_type"))
_STATUS = d("Umsetzungsstand (Code aus statuses: done, in_progress, not_started, rejected, unknown)",
            "Implementation status (a code of the statuses table).")
_NEXT_REVIEW = d("Angekündigte nächste Beschlusskontrolle / Wiedervorlage, ISO mit gedruckter Genauigkeit",
                 _en(Record, "next_review"))
_NEXT_REVIEW_DUE = d("Letzter Tag, den die angekündigte Wiedervorlage abdeckt (2022-07 → 2022-07-31)",
                     "Last day covered by the announced next review, for date comparisons.")
_CHECKED_ON = d("Das Datum, gegen das geprüft wurde (heute)", "The date checked against (today).")
_DAYS_OVERDUE = d("Tage seit Ablauf", "Days since the date passed.")
_QUOTE = d("Der im Brief zitierte Beschlusstext", _en(Mandate, "quote"))
_RESPONSE = d("Die Antwort der Verwaltung zu diesem Punkt", _en(Mandate, "response"))
_POINT = d("Nummer des Beschlusspunktes wie gedruckt", _en(Mandate, "number"))
_SHA256 = d("SHA-256 der Datei: die Identität des Dokuments", _en(Source, "sha256"))
_RUN_ID = d("Der Einlese-Lauf (ingest_runs.id)", "The ingest run (ingest_runs.id).")
_POSITION = d("Reihenfolge im Brief, ab 0", "Order within the letter, from 0.")
_FTS = d("Volltextindex (SQLite FTS5, unicode61 remove_diacritics 2)",
         "Full-text index (SQLite FTS5); kept in sync by triggers.")
_STEMS = d("Wortstämme (Snowball, Deutsch) des durchsuchbaren Textes; Suche mit stem_query(:q)",
           "Snowball-German stems of the searchable text; query with stem_query(:q).")

# ------------------------------------------------------------------ tables and views

_DECISION_COLUMNS = {
    "id": d("Laufende Nummer", "Row number."),
    "sha256": _SHA256,
    "action": d("release (freigegeben) oder withhold (zurückgehalten)", "release or withhold."),
    "reason": d("Begründung", "Why."),
    "decided_by": d("Wer entschied (nicht in der öffentlichen Kopie)", "Who (not in the public copy)."),
    "decided_at": d("Wann (UTC)", "When (UTC)."),
}

_CORRECTION_COLUMNS = {
    "id": d("Laufende Nummer", "Row number."),
    "sha256": _SHA256,
    "field": d("Korrigiertes Feld (Pfad wie status, letter_date, sender.name, mandates[2].status)",
               "The field corrected, as a path."),
    "old_value": d("Wert vor der Korrektur (JSON)", "The value shown before (JSON)."),
    "new_value": d("Korrigierter Wert (JSON)", "The corrected value (JSON)."),
    "reason": d("Begründung", "Why."),
    "corrected_by": d("Wer korrigierte (nicht in der öffentlichen Kopie)", "Who (not in the public copy)."),
    "corrected_at": d("Wann (UTC)", "When (UTC)."),
}

TABLES: dict[str, dict] = {
    "letters": {
        "description": d("Die Briefe (Beschlusskontrollen): ein Brief je Dokument, mit allen Feldern des "
                         "Datensatzes. Eine Zeile öffnet die Briefseite mit Punkten, Ampel, Text und Original",
                         "One letter per document, every scalar field of the record; a row opens the "
                         "letter page (points, status colours, text, original file)."),
        "columns": {
            "id": d("Nummer des Briefes im Archiv (bleibt beim Neueinlesen gleich)",
                    "The letter's number in the archive (kept when it is read again)."),
            "sha256": _SHA256,
            "kind": d("beschlusskontrolle, oder unknown für andere Dokumente (Tagesordnung, Niederschrift …)",
                      _en(Record, "kind")),
            "city": d("Ausstellende Behörde wie gedruckt", _en(Record, "city")),
            "department": _DEPARTMENT,
            "department_key": d("Schlüssel der Stelle: alle Schreibweisen einer Stelle gleich (für Zählungen)",
                                "One key for all spellings of one department (for counting)."),
            "copy_of": d("Weitere Kopie desselben Briefes (Scan, Textfassung): Nummer des Briefes mit der besten "
                         "Lesung; leer beim Brief selbst. Zählungen, Verläufe und Fristen zählen jeden Brief einmal",
                         "Another copy of the same letter: the id of its best reading; empty for the letter itself."),
            "corrected": d("Von Archivarinnen korrigierte Felder (JSON-Liste von Pfaden; siehe corrections)",
                           "Fields an archivist corrected (JSON list of paths; see corrections)."),
            "file_number": d("Aktenzeichen des Briefes (GZ, Az., Unser Zeichen) ohne Bezeichnung",
                             _en(Record, "file_number")),
            "letter_date": _LETTER_DATE,
            "letter_year": d("Jahr des Briefes (für Facetten)", "Year of the letter (for facets)."),
            "resolution": d("Der Beschluss, über den der Brief berichtet (der erste, wenn mehrere)",
                            _en(Record, "resolution")),
            "session_number": _SESSION,
            "subject": _SUBJECT,
            "confidential": d("Vertraulich: 1 markiert, 0 nicht markiert, leer wenn das Kästchen nicht "
                              "lesbar ist (wird wie vertraulich behandelt)", _en(Record, "confidential")),
            "recipients": d("Empfänger, Zeilen mit Leerzeichen verbunden", _en(Record, "recipients")),
            "report_type": _REPORT_TYPE,
            "next_review": _NEXT_REVIEW,
            "next_review_due": _NEXT_REVIEW_DUE,
            "has_sender": d("1, wenn ein Unterzeichner erkannt wurde", "1 when a signatory was found."),
            "sender_name": d("Name des Unterzeichners (mit Titel)", _en(Person, "name")),
            "sender_role": d("Funktion des Unterzeichners wie gedruckt", _en(Person, "role")),
            "acknowledged": d("1, wenn ein Kenntnisnahme-Vermerk vorhanden ist",
                              "1 when there is a Kenntnisnahme block."),
            "acknowledged_by_name": d("Wer zur Kenntnis genommen hat (meist der Oberbürgermeister)",
                                      _en(Record, "acknowledged_by")),
            "acknowledged_by_role": d("Funktion dessen, der zur Kenntnis genommen hat", _en(Person, "role")),
            "status": d("Gesamtstand aus den Punkten (Ampel)", _en(Record, "status")),
            "mandate_count": d("Anzahl der zitierten Beschlusspunkte", "Number of quoted resolution points."),
            "warnings": d("Hinweise auf Unsicheres (JSON-Liste)", _en(Record, "warnings")),
        },
        # Offered as links (FACET_LINK), not computed on every page: each facet scans an index
        # (7-9 ms on 100,000 letters), four of them would double the time of a table page.
        "sort_desc": "letter_date",
        "label_column": "subject",
        # The search box searches word stems (see archive.datasette_plugin.german_search):
        # "Schulen" finds "Schule", "Pfotenhauerstrasse" finds "Pfotenhauerstraße".
        "fts_table": "letters_stem_fts",
        "fts_pk": "id",
    },
    "documents": {
        "description": d("Die eingelesenen Dateien: eine Zeile je Datei (per SHA-256), mit extrahiertem Text",
                         "One row per file read (by SHA-256), with the extracted text."),
        "columns": {
            "sha256": _SHA256,
            "source_path": d("Pfad, unter dem die Datei zuerst eingelesen wurde", _en(Source, "path")),
            "media_type": d("Dateityp, aus dem Inhalt bestimmt", _en(Source, "media_type")),
            "pages": d("Seitenzahl", _en(Source, "pages")),
            "ocr": d("1, wenn Text per Texterkennung (OCR) gelesen wurde", _en(Source, "ocr")),
            "size": d("Dateigröße in Bytes", "File size in bytes."),
            "pipeline_version": d("Version der Erkennung, die die Datei gelesen hat",
                                  "Version of the extraction pipeline that read the file."),
            "ingested_at": d("Zeitpunkt des Einlesens (UTC)", "When it was stored (UTC)."),
            "run_id": _RUN_ID,
            "full_text": d("Der extrahierte Text der Datei", "The text extracted from the file."),
        },
        "sort_desc": "ingested_at",
        "label_column": "source_path",
    },
    "document_paths": {
        "description": d("Jeder Pfad, unter dem eine Datei gesehen wurde (gleiche Datei, zwei Namen: ein Dokument)",
                         "Every path a document was seen under."),
        "columns": {
            "id": d("Laufende Nummer", "Row number."),
            "sha256": _SHA256,
            "path": d("Absoluter Pfad", "Absolute path."),
            "first_seen": d("Zuerst gesehen (UTC)", "First seen (UTC)."),
            "last_seen": d("Zuletzt gesehen (UTC)", "Last seen (UTC)."),
            "run_id": _RUN_ID,
        },
        "label_column": "path",
    },
    "letter_resolutions": {
        "description": d("Brief ↔ jeder Beschluss, über den er berichtet (Position 0: der eigene)",
                         "Letter <-> every resolution it reports on (position 0: the letter's own)."),
        "columns": {
            "id": d("Laufende Nummer", "Row number."),
            "letter_id": _LETTER_ID,
            "position": d("0 für den Beschluss des Briefes, danach die weiteren (also_concerns)",
                          _en(Record, "also_concerns")),
            "resolution": _RESOLUTION,
            "session_number": _SESSION,
            "subject": _SUBJECT,
        },
        "label_column": "resolution",
    },
    "mandates": {
        "fts_table": "mandates_stem_fts",
        "fts_pk": "id",
        "description": d("Die zitierten Beschlusspunkte mit Antwort und Stand", _en(Record, "mandates")),
        "columns": {
            "id": d("Laufende Nummer", "Row number."),
            "letter_id": _LETTER_ID,
            "position": _POSITION,
            "number": _POINT,
            "resolution": d("Der Beschluss, zu dem der Punkt gehört", _en(Mandate, "resolution")),
            "quote": _QUOTE,
            "response": _RESPONSE,
            "status": d("Stand dieses Punktes laut Antwort (Ampel)", _en(Mandate, "status")),
        },
        "label_column": "number",
    },
    "deadlines": {
        "description": d("In Antworten zugesagte Fristen", _en(Mandate, "deadlines")),
        "columns": {
            "id": d("Laufende Nummer", "Row number."),
            "mandate_id": d("Der Beschlusspunkt (mandates.id)", "The resolution point (mandates.id)."),
            "position": d("Reihenfolge in der Antwort", "Order within the answer."),
            "value": d("Frist wie zugesagt, ISO mit gedruckter Genauigkeit (2022-07, 2024)",
                       "The deadline as promised, ISO with printed precision."),
            "precision": d("Genauigkeit: day, month oder year", "Precision: day, month or year."),
            "due_date": d("Letzter Tag, den die Frist abdeckt", "Last day the deadline covers."),
        },
        "sort": "due_date",
        "label_column": "value",
    },
    "statuses": {
        "description": d("Die Ampel: Code, deutsche Bezeichnung und Farbe jedes Umsetzungsstands",
                         "Lookup: status code, German label and traffic-light colour."),
        "columns": {
            "code": d("Code, wie er in letters.status und mandates.status steht", "Status code."),
            "label": d("Deutsche Bezeichnung", "German label."),
            "ampel": d("Ampelfarbe: green, yellow, red, grey", "Traffic-light colour."),
            "colour": d("Farbe als Hex-Wert", "Colour as a hex value."),
            "sort_order": d("Reihenfolge", "Sort order."),
        },
        "sort": "sort_order",
        "label_column": "label",
    },
    "letter_stems": {
        "description": d("Wortstämme je Brief, für die Suche nach Wortformen", "Stems per letter."),
        "columns": {"letter_id": _LETTER_ID, "stems": _STEMS},
        "hidden": True,
    },
    "mandate_stems": {
        "description": d("Wortstämme je Beschlusspunkt, für die Suche nach Wortformen", "Stems per point."),
        "columns": {"mandate_id": d("Der Beschlusspunkt (mandates.id)", "The point (mandates.id)."),
                    "stems": _STEMS},
        "hidden": True,
    },
    "letters_fts": {
        "description": _FTS + " (letters: Betreff, Empfänger, Volltext)",
        "columns": {"subject": _SUBJECT, "recipients": d("Empfänger", _en(Record, "recipients")),
                    "full_text": d("Der extrahierte Text", "The extracted text.")},
        "hidden": True,
    },
    "mandates_fts": {
        "description": _FTS + " (mandates: Zitat, Antwort)",
        "columns": {"quote": _QUOTE, "response": _RESPONSE},
        "hidden": True,
    },
    "letters_stem_fts": {
        "description": _FTS + " (letter_stems)",
        "columns": {"stems": _STEMS},
        "hidden": True,
    },
    "mandates_stem_fts": {
        "description": _FTS + " (mandate_stems)",
        "columns": {"stems": _STEMS},
        "hidden": True,
    },
    "ingest_runs": {
        "description": d("Jeder Einlese-Lauf mit Zählern", "Every ingest run with its counts."),
        "columns": {
            "id": d("Nummer des Laufs", "Run number."),
            "started_at": d("Beginn (UTC)", "Start (UTC)."),
            "finished_at": d("Ende (UTC); leer, wenn der Lauf abbrach", "End (UTC); empty when it stopped."),
            "state": d("running, finished oder interrupted", "State of the run."),
            "pipeline_version": d("Version der Erkennung", "Pipeline version."),
            "options": d("Aufrufoptionen (JSON)", "Options (JSON)."),
            "workers": d("Anzahl Arbeitsprozesse", "Worker processes."),
            "files": d("Gefundene Dateien", "Files found."),
            "new": d("Neu gespeichert", "Newly stored."),
            "reprocessed": d("Neu gelesen", "Read again."),
            "skipped": d("Übersprungen (schon gespeichert)", "Skipped (already stored)."),
            "failed": d("Fehlgeschlagen", "Failed."),
            "duration_s": d("Dauer in Sekunden", "Duration in seconds."),
        },
        "sort_desc": "id",
    },
    "ingest_errors": {
        "description": d("Jede Datei, die nicht gelesen werden konnte, mit Grund und Abhilfe",
                         "Every file that could not be stored, with the reason and a remedy."),
        "columns": {
            "id": d("Laufende Nummer", "Row number."),
            "run_id": _RUN_ID,
            "path": d("Absoluter Pfad der Datei", "Absolute path of the file."),
            "sha256": _SHA256,
            "stage": d("Schritt, in dem es scheiterte", "Stage that failed."),
            "error": d("Art des Fehlers", "Kind of error."),
            "message": d("Meldung", "Message."),
            "remedy": d("Was zu tun ist", "What to do."),
            "detail": d("Technische Einzelheiten", "Technical detail."),
            "occurred_at": d("Zeitpunkt (UTC)", "When (UTC)."),
            "current": d("1, solange der letzte Versuch für diesen Pfad gescheitert ist",
                         "1 while the latest attempt for this path failed."),
        },
        "facets": ["stage", "error", "current"],
        "sort_desc": "id",
    },
    "decisions": {
        "description": d("Entscheidungen der Archivarinnen und Archivare, ob ein Brief veröffentlicht wird "
                         "(die jeweils letzte gilt)",
                         "Archivists' decisions whether a letter is published (the latest counts)."),
        "columns": _DECISION_COLUMNS,
        "facets": ["action"],
        "sort_desc": "id",
    },
    "corrections": {
        "description": d("Korrekturen der Archivarinnen und Archivare an erkannten Werten; sie gelten vor "
                         "jeder neuen Erkennung (die jeweils letzte je Feld gilt)",
                         "Archivists' corrections of extracted values, applied over every new extraction."),
        "columns": _CORRECTION_COLUMNS,
        "facets": ["field"],
        "sort_desc": "id",
    },
    "provenance": {
        "description": d("Fundstellen: wo jeder Wert eines Briefes steht (Seite und Kasten, bei Textdateien "
                         "Zeilen und Zeichen)", "Where each value of a letter was read (page boxes, or text lines)."),
        "columns": {
            "letter_id": _LETTER_ID,
            "page_sizes": d("Seitengrößen [[Breite, Höhe], …] in den Einheiten der Kästen",
                            "Page sizes in the boxes' units (JSON)."),
            "fields": d("Feldpfad → [gelesener Text, [[Seite, x0, y0, x1, y1], …]] oder bei Textdateien "
                        "[Text, erste Zeile, letzte Zeile, Anfang, Ende] (JSON)",
                        "Field path -> [text, boxes] or, for text files, [text, line, end_line, start, end] (JSON)."),
        },
        "hidden": True,
    },
    # views
    "current_corrections": {
        "description": d("Die geltende (letzte) Korrektur je Dokument und Feld", "The correction in force per field."),
        "columns": _CORRECTION_COLUMNS,
    },
    "current_decisions": {
        "description": d("Die geltende (letzte) Entscheidung je Dokument", "The decision in force per document."),
        "columns": _DECISION_COLUMNS,
    },
    "letter_search": {
        "description": d("Inhalt des Volltextindex letters_fts: Betreff, Empfänger und Text je Brief",
                         "Content of the letters_fts index."),
        "columns": {"letter_id": _LETTER_ID, "subject": _SUBJECT,
                    "recipients": d("Empfänger", _en(Record, "recipients")),
                    "full_text": d("Der extrahierte Text", "The extracted text.")},
        "hidden": True,
    },
    "resolution_letters": {
        "description": d("Je Beschluss und Brief eine Zeile: der Stand, den dieser Brief dem Beschluss gibt, "
                         "und die Stelle in der Briefreihe", "One row per (letter, resolution it reports on)."),
        "columns": {
            "resolution": _RESOLUTION, "session_number": _SESSION, "subject": _SUBJECT,
            "letter_id": _LETTER_ID, "sha256": _SHA256, "letter_date": _LETTER_DATE,
            "report_type": _REPORT_TYPE,
            "status": d("Stand des Beschlusses laut diesem Brief (aus seinen Punkten)",
                        "Status of the resolution according to this letter."),
            "next_review": _NEXT_REVIEW, "next_review_due": _NEXT_REVIEW_DUE, "department": _DEPARTMENT,
            "file_number": d("Aktenzeichen des Briefes", _en(Record, "file_number")),
            "confidential": d("Vertraulich (1), nicht (0), unklar (leer)", _en(Record, "confidential")),
            "main_resolution": d("1, wenn es der erste Beschluss des Briefes ist",
                                 "1 when it is the letter's own (first) resolution."),
            "sequence": d("Nummer des Briefes in der Reihe zu diesem Beschluss (1 = erster)",
                          "Place of the letter in the resolution's series."),
        },
    },
    "briefe": {
        "description": d("Die Briefe, wie man sie liest: je Brief eine Zeile (Kopien einmal), Beschluss, Datum, "
                         "Betreff, Stand und Stelle zuerst; alle Felder auf der Briefseite und in letters",
                         "The letters as people read them: one row per letter, the readable columns first."),
        "columns": {
            "letter_id": _LETTER_ID, "letter_date": _LETTER_DATE, "resolution": _RESOLUTION, "subject": _SUBJECT,
            "status": d("Gesamtstand des Briefes aus seinen Punkten", "Overall status from the points."),
            "department": _DEPARTMENT, "report_type": _REPORT_TYPE, "next_review": _NEXT_REVIEW,
            "mandate_count": d("Anzahl der Beschlusspunkte", "Number of points."),
            "city": d("Körperschaft", _en(Record, "city")),
            "file_number": d("Aktenzeichen des Briefes", _en(Record, "file_number")),
            "session_number": d("Sitzung, in der beschlossen wurde", _en(Record, "session_number")),
            "letter_year": d("Jahr des Briefes", "Year of the letter."),
            "confidential": d("Vertraulich (1), nicht (0), unklar (leer)", _en(Record, "confidential")),
            "corrected": d("Von Archivarinnen korrigierte Felder (JSON-Liste)", "Fields an archivist corrected."),
        },
        "facets": ["status", "report_type", "letter_year"],
        "sort_desc": "letter_date",
    },
    "resolutions": {
        "description": d("Je Beschluss eine Zeile: was der neueste Brief über ihn sagt",
                         "One row per resolution: what the latest letter says."),
        "columns": {
            "resolution": _RESOLUTION, "subject": _SUBJECT, "session_number": _SESSION,
            "department": d("Ausstellende Stelle des neuesten Briefes", "Department of the latest letter."),
            "first_letter_date": d("Datum des ersten Briefes", "Date of the first letter."),
            "first_letter_id": d("Der erste Brief", "The first letter."),
            "latest_letter_date": d("Datum des neuesten Briefes", "Date of the latest letter."),
            "latest_letter_id": d("Der neueste Brief", "The latest letter."),
            "latest_status": d("Stand laut neuestem Brief", "Status according to the latest letter."),
            "latest_report_type": d("Art des neuesten Berichts", "Report type of the latest letter."),
            "letter_count": d("Anzahl Briefe (gleicher Brief in zwei Dateien zählt einmal)",
                              "Number of letters (one letter in two files counts once)."),
            "document_count": d("Anzahl Dokumente", "Number of documents."),
            "final_reported": d("1, wenn ein Abschlussbericht vorliegt", "1 when a final report exists."),
            "next_review": _NEXT_REVIEW, "next_review_due": _NEXT_REVIEW_DUE,
        },
        "sort_desc": "latest_letter_date",
        "label_column": "subject",
    },
    "resolution_history": {
        "description": d("Alle Briefe und Punkte eines Beschlusses in zeitlicher Reihenfolge",
                         "Every letter and point of a resolution in date order."),
        "columns": {
            "resolution": _RESOLUTION,
            "sequence": d("Nummer des Briefes in der Reihe", "Place of the letter in the series."),
            "letter_date": _LETTER_DATE, "letter_id": _LETTER_ID, "report_type": _REPORT_TYPE,
            "letter_status": d("Stand des Beschlusses laut diesem Brief", "Status according to this letter."),
            "next_review": _NEXT_REVIEW,
            "point_position": _POSITION, "point": _POINT,
            "point_status": d("Stand des Punktes", _en(Mandate, "status")),
            "deadlines": d("Zugesagte Fristen, durch Komma getrennt", _en(Mandate, "deadlines")),
            "quote": _QUOTE, "response": _RESPONSE,
            "mandate_id": d("Der Beschlusspunkt (mandates.id)", "The point (mandates.id)."),
        },
    },
    "overdue_reviews": {
        "description": d("Überfällige Wiedervorlagen: der neueste Brief kündigte eine Kontrolle an, deren "
                         "Datum verstrichen ist, ohne dass ein weiterer Brief kam (gegen das heutige Datum)",
                         "The latest letter announced a next review that has passed with no later letter."),
        "columns": {
            "resolution": _RESOLUTION, "subject": _SUBJECT, "department": _DEPARTMENT,
            "letter_id": d("Der neueste Brief", "The latest letter."),
            "letter_date": d("Datum des neuesten Briefes", "Date of the latest letter."),
            "status": d("Stand laut neuestem Brief", "Status according to the latest letter."),
            "report_type": _REPORT_TYPE, "next_review": _NEXT_REVIEW,
            "review_due": _NEXT_REVIEW_DUE, "checked_on": _CHECKED_ON, "days_overdue": _DAYS_OVERDUE,
        },
        "sort_desc": "days_overdue",
    },
    "overdue_deadlines": {
        "description": d("Verstrichene Fristen: in einer Antwort zugesagt, abgelaufen, und der Punkt ist laut "
                         "neuestem Brief nicht erledigt", "Promised deadlines that passed while the point is not done."),
        "columns": {
            "resolution": _RESOLUTION, "point": _POINT,
            "deadline": d("Die zugesagte Frist", "The promised deadline."),
            "due_date": d("Letzter Tag der Frist", "Last day of the deadline."),
            "letter_id": d("Der Brief mit der Zusage", "The letter that made the promise."),
            "letter_date": d("Datum dieses Briefes", "Date of that letter."),
            "status_then": d("Stand des Punktes in diesem Brief", "Status of the point in that letter."),
            "latest_status": d("Stand des Punktes laut neuestem Brief", "Status in the latest letter."),
            "latest_letter_id": d("Der neueste Brief zu diesem Punkt", "The latest letter quoting the point."),
            "latest_letter_date": d("Datum des neuesten Briefes", "Date of the latest letter."),
            "quote": _QUOTE, "response": _RESPONSE,
            "checked_on": _CHECKED_ON, "days_overdue": _DAYS_OVERDUE,
            "deadline_id": d("Die Frist (deadlines.id)", "The deadline (deadlines.id)."),
        },
        "sort_desc": "days_overdue",
    },
}

# Derived state (schema 2): what the views read instead of recomputing the series on every request.
_DERIVED = d("Abgeleiteter Stand, bei jedem Schreiben eines Briefes neu berechnet; gelesen über die Sicht",
             "Derived state, recomputed whenever a letter is written; read it through the view")
TABLES["resolution_letter_state"] = {
    "description": _DERIVED + " resolution_letters.",
    "columns": {
        "link_id": d("Die Verknüpfung Brief–Beschluss (letter_resolutions.id)",
                     "The letter-resolution link (letter_resolutions.id)."),
        "resolution": _RESOLUTION, "letter_id": _LETTER_ID,
        "status": TABLES["resolution_letters"]["columns"]["status"],
        "sequence": TABLES["resolution_letters"]["columns"]["sequence"],
    },
    "hidden": True,
}
TABLES["resolution_state"] = {
    "description": _DERIVED + " resolutions.",
    "columns": dict(TABLES["resolutions"]["columns"]),
    "hidden": True,
}
TABLES["deadline_state"] = {
    "description": _DERIVED + " overdue_deadlines.",
    "columns": {
        "deadline_id": TABLES["overdue_deadlines"]["columns"]["deadline_id"],
        "mandate_id": d("Der Beschlusspunkt (mandates.id)", "The point (mandates.id)."),
        "point_key": d("Beschluss des Punktes (sonst des Briefes, sonst 'letter <id>'): mit point die Kennung "
                       "des Punktes über alle Briefe", "The point's resolution (else the letter's, else "
                       "'letter <id>'): with point, identifies the point across letters."),
        **{c: TABLES["overdue_deadlines"]["columns"][c]
           for c in ("resolution", "point", "due_date", "letter_id", "letter_date", "status_then",
                     "latest_status", "latest_letter_id", "latest_letter_date")},
    },
    "hidden": True,
}

# ------------------------------------------------------------------ canned queries

QUERIES: dict[str, dict] = {
    "ueberfaellige_wiedervorlagen": {
        "title": "Überfällige Wiedervorlagen (overdue reviews)",
        "description": d("Beschlüsse, deren angekündigte nächste Beschlusskontrolle verstrichen ist, ohne dass "
                         "ein weiterer Brief kam; die am längsten überfälligen zuerst",
                         "Resolutions whose announced next review has passed with no later letter."),
        "sql": """select resolution, subject, department, letter_id, letter_date, status, next_review,
       review_due, days_overdue, checked_on
from overdue_reviews
order by days_overdue desc, resolution""",
    },
    "verstrichene_fristen": {
        "title": "Verstrichene Fristen (promised deadlines that passed)",
        "description": d("In Antworten zugesagte Fristen, die abgelaufen sind, während der Punkt laut neuestem "
                         "Brief nicht erledigt ist", "Deadlines promised in an answer that have passed "
                                                    "while the point is not done."),
        "sql": """select resolution, point, deadline, due_date, days_overdue, latest_status, latest_letter_id,
       latest_letter_date, letter_id, letter_date, quote, response, checked_on
from overdue_deadlines
order by due_date, resolution, point""",
    },
    "offene_beschluesse": {
        "title": "Noch nicht umgesetzte Beschlüsse (resolutions not yet implemented, oldest first)",
        "description": d("Beschlüsse, die laut neuestem Brief weder umgesetzt noch abgelehnt sind, nach Alter "
                         "(seit dem ersten Brief)", "Resolutions not reported done or rejected, by age."),
        "sql": """select resolution, subject, department, latest_status, latest_report_type, first_letter_date,
       latest_letter_date, latest_letter_id, letter_count, next_review,
       cast(julianday('now', 'localtime') - julianday(first_letter_date) as integer) as days_since_first_letter
from resolutions
where latest_status not in ('done', 'rejected')
order by first_letter_date, resolution""",
    },
    "beschluss_verlauf": {
        "title": "Verlauf eines Beschlusses (history of one resolution)",
        "description": d("Alle Briefe und Punkte zu einem Beschluss in zeitlicher Reihenfolge, z. B. V2373/23 "
                         "(in den Beispielbriefen); Groß- und Kleinschreibung egal",
                         "Every letter and point about one resolution, in date order; any case."),
        # The identifier as typed, upper-cased, or in any case: each step by the primary key but the last.
        "sql": """select sequence, letter_date, letter_id, report_type, letter_status, next_review,
       point, point_status, deadlines, quote, response
from resolution_history
where resolution = coalesce(
    (select resolution from resolution_state where resolution = trim(:resolution)),
    (select resolution from resolution_state where resolution = upper(trim(:resolution))),
    (select resolution from resolution_state where resolution = trim(:resolution) collate nocase limit 1))
order by sequence, point_position""",
    },
    "geschaeftsbereich": {
        "title": "Briefe einer Stelle (letters of one department)",
        "description": d("Alle Briefe einer ausstellenden Stelle, gleich wie ihr Name geschrieben ist "
                         "(„Geschäftsbereich für Arbeit …“ = „Geschäftsbereich Arbeit …“), neueste zuerst",
                         "Every letter of one department, whatever the spelling of its name."),
        "sql": """select letter_date, id as letter_id, resolution, subject, status, report_type, department
from letters
where kind = 'beschlusskontrolle' and copy_of is null and department_key = department_key(:department)
order by letter_date desc, id desc""",
    },
    "person": {
        "title": "Briefe einer Person (letters signed or acknowledged by one person)",
        "description": d("Alle Briefe, die eine Person unterzeichnet oder zur Kenntnis genommen hat, gleich wie ihr "
                         "Name gedruckt ist („Dr. Peter Lames“ = „Peter Lames“), neueste zuerst",
                         "Every letter one person signed or acknowledged, whatever the spelling of the name."),
        "sql": """select letter_date, id as letter_id, resolution, subject, status,
       case when person_key(sender_name) = person_key(:name) then 'unterzeichnet' else 'Kenntnis genommen' end as als,
       sender_name, sender_role, acknowledged_by_name, acknowledged_by_role
from letters
where kind = 'beschlusskontrolle' and copy_of is null
  and (person_key(sender_name) = person_key(:name) or person_key(acknowledged_by_name) = person_key(:name))
order by letter_date desc, id desc""",
    },
    "wortformen_suche": {
        "title": "Suche in Beschlusspunkten nach Wortformen (German word-form search)",
        "description": d("Findet jede Wortform: „Spielplätze“ findet „Spielplatz“, „Anträge“ findet „Antrag“. "
                         "Alle Wörter müssen vorkommen", "Every word must occur, in any German word form."),
        # Two plans, one chosen by the LIMIT: a few matches are fetched and sorted; more than 2,000
        # (a common word at a million letters matches 100,000 points) walk the letters newest first
        # and stop at 500 points. Copies of a letter are left out: each point is found once.
        "sql": """with hits(id) as (select rowid from mandates_stem_fts where mandates_stem_fts match stem_query(:q)),
many(yes) as (select count(*) > 2000 from (select id from hits limit 2001))
select * from (
  select m.id as mandate_id, l.id as letter_id, l.letter_date,
         coalesce(m.resolution, l.resolution) as resolution, m.number as point, m.status, m.quote, m.response
  from hits h join mandates m on m.id = h.id join letters l on l.id = m.letter_id
  where l.copy_of is null
  order by l.letter_date desc, m.id limit (select iif(yes, 0, 500) from many))
union all
select * from (
  select m.id as mandate_id, l.id as letter_id, l.letter_date,
         coalesce(m.resolution, l.resolution) as resolution, m.number as point, m.status, m.quote, m.response
  from letters l join mandates m on m.letter_id = l.id
  where l.copy_of is null and +m.id in (select id from hits)
  order by l.letter_date desc, m.id limit (select iif(yes, 500, 0) from many))""",
    },
    "briefe_je_bereich_und_jahr": {
        "title": "Briefe je Geschäftsbereich und Jahr (letters per department and year)",
        "description": d("Anzahl der Beschlusskontrollen je ausstellender Stelle und Jahr, mit ihrem Gesamtstand",
                         "Letters per department and year, by overall status."),
        "sql": """select department, letter_year as year, count(*) as letters,
       sum(status = 'done') as done, sum(status = 'in_progress') as in_progress,
       sum(status = 'not_started') as not_started, sum(status = 'rejected') as rejected,
       sum(status = 'unknown') as unknown
from letters
where kind = 'beschlusskontrolle' and copy_of is null
group by department, letter_year
order by department, letter_year""",
    },
}

# The facets people use on letters: status, report type, department, year (one click from the home page).
LETTER_FACETS = ["status", "report_type", "department", "letter_year"]
# copy_of__isnull: the facets count letters, each once however many copies it has (archive.copies)
FACET_LINK = f"/{DATABASE}/letters?copy_of__isnull=1&" + "&".join(f"_facet={f}" for f in LETTER_FACETS)

DESCRIPTION_HTML = """<p>Beschlusskontrollen: Briefe, in denen die Verwaltung dem Stadtrat berichtet, was aus
seinen Beschlüssen wurde. Jeder Brief ist in seine Felder zerlegt (Beschluss, Punkte, Antworten,
Stand, Fristen, nächste Wiedervorlage) und mit dem Original verknüpft. <em>Council follow-up letters
("Beschlusskontrolle"), read into records and linked to the original files.</em></p>
<ul>
<li><a href="/archiv/briefe">Alle Briefe (letters)</a> ·
 <a href="/archiv/letters?copy_of__isnull=1&amp;_facet=status&amp;_facet=report_type&amp;_facet=department&amp;_facet=letter_year">Briefe nach
 Stand, Art, Bereich und Jahr (facets)</a> · <a href="/archiv/resolutions">Beschlüsse (resolutions)</a>
 · <a href="/-/diagramme">Diagramme (charts)</a></li>
<li><a href="/archiv/ueberfaellige_wiedervorlagen">Überfällige Wiedervorlagen</a> ·
 <a href="/archiv/verstrichene_fristen">Verstrichene Fristen</a> ·
 <a href="/archiv/offene_beschluesse">Noch nicht umgesetzte Beschlüsse</a> ·
 <a href="/archiv/wortformen_suche">Wortformen-Suche</a> ·
 <a href="/archiv/person">Briefe einer Person</a></li>
</ul>"""


def build(*, public: bool = False) -> dict:
    """The metadata for the full archive, or (public=True) for the public copy."""
    tables = {}
    for name, spec in TABLES.items():
        tables[name] = json.loads(json.dumps(spec))  # a deep copy
    if public:
        for name in ("document_paths", "ingest_runs", "ingest_errors"):
            tables[name]["hidden"] = True
    return {
        "title": "Beschlussarchiv" + (" (öffentliche Kopie)" if public else ""),
        "description_html": DESCRIPTION_HTML + (
            "<p>Öffentliche Kopie: vertrauliche und nicht eindeutig als öffentlich erkennbare Briefe sind "
            "nicht enthalten. <em>Public copy: no confidential or unverified letter.</em></p>" if public else ""),
        "source": "Beschlusskontrollen der Verwaltung an den Stadtrat (council follow-up letters)",
        "license": ("Amtliche Werke, § 5 UrhG: gemeinfrei; Auswahl und Struktur unter CC BY 4.0 "
                    "(official works; structure CC BY 4.0)"),
        "license_url": "https://creativecommons.org/licenses/by/4.0/deed.de",
        "databases": {
            DATABASE: {
                "description": d("Das Archiv der Beschlusskontrollen", "The archive of council follow-up letters."),
                "tables": tables,
                "queries": json.loads(json.dumps(QUERIES)),
            }
        },
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    METADATA_JSON.write_text(render(), encoding="utf-8")
    print(f"wrote {METADATA_JSON}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
