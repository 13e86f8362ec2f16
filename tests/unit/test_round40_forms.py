"""Whole letters in forms the reader met in blind round 40 (each written here, not taken from a
corpus): points headed "Beschlussziffer 2 a" over unmarked quotes, a subject under a bare "Betreff",
the reference's second resolution heading its points as "Zu 2. (§ 812)", a form's sender and
addressee rows without colons, an answer for several points told apart by its sentences, a form's
own number beside the letterhead, a window envelope's address block, staggered signature columns,
points numbered "(1)" inside running text."""
from __future__ import annotations

from pipeline.closing import find_signatories
from pipeline.deadlines import find_deadlines
from pipeline.marking import find_confidential
from pipeline.references import find_resolutions
from pipeline.status import response_status
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_headings_with_a_spaced_letter_over_unmarked_quotes_and_the_next_report_of_a_reporting_point(tmp_path):
    record = read(tmp_path, """Stadt Lindenau Mitteilungsvorlage
Referat Bauen und Umwelt
Lindenau, 04.03.2024 GZ: BU 61-12 DS 88/2024
Betreff
Sanierung der Brücken im Stadtpark
Zwischenbericht zum Beschluss DS 412/2023
Bericht:
Der Gemeinderat hat am 11.05.2023 folgendes beschlossen. Die Verwaltung berichtet dazu:
Beschlussziffer 1
Die Holzbrücke am Schwanenteich wird bis Ende 2024 erneuert.
Die Ausführungsplanung liegt vor. Die Vergabe ist für April 2024 vorgesehen.
Beschlussziffer 2 a
Für die Steinbrücke wird ein Gutachten eingeholt.
Das Gutachten ist beauftragt und soll im Juni 2024 vorliegen.
Beschlussziffer 2 b
Auf Grundlage des Gutachtens ist ein Sanierungskonzept zu erstellen.
Das Konzept kann erst nach dem Gutachten (siehe
Beschlussziffer 2 a) erarbeitet werden.
Beschlussziffer 3
Für die Geländer werden 80.000 Euro zusätzlich bereitgestellt.
Die Mittel wurden in den Haushaltsberatungen nicht beschlossen.
Beschlussziffer 4
Dem Bauausschuss wird halbjährlich über den Stand berichtet.
Mit dieser Vorlage wird erstmals berichtet. Der nächste Bericht ist für Oktober 2024 vorgesehen.
Dr. Petra Wendland
Bürgermeisterin
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b", "3", "4"]
    assert record.subject == "Sanierung der Brücken im Stadtpark"         # under a "Betreff" without its colon
    assert record.file_number == "BU 61-12"                                  # the form's own Drucksache beside it is not
    assert record.mandates[2].response.endswith("(siehe Beschlussziffer 2 a) erarbeitet werden.")   # no heading mid-sentence
    assert record.mandates[3].status == "rejected"                           # "nicht beschlossen"
    assert record.mandates[4].response.endswith("Der nächste Bericht ist für Oktober 2024 vorgesehen.")
    assert record.mandates[4].deadlines == ["2024-10"]


def test_the_second_resolution_of_the_reference_heads_its_points_by_its_place_in_the_list(tmp_path):
    record = read(tmp_path, """Der Magistrat der Stadt Ostheim

An die Stadtverordnetenversammlung

Ostheim, 20.02.2024

Bericht des Magistrats
Betreff: Grünanlagen am Mühlbach; Trinkbrunnen
Vorgang: 1. Beschl. d. Stv.-V. vom 05.10.2023, § 744 – Grünanlagen am Mühlbach –
2. Beschl. d. Stv.-V. vom 07.12.2023, § 812 – Trinkbrunnen –

Zu 1. (§ 744)
Die Stadtverordnetenversammlung hat beschlossen:
1. „Die Wiese am Mühlbach wird als Blühfläche angelegt.“
2. „Am Ufer werden vier Bänke aufgestellt.“
Der Magistrat berichtet hierzu:

zu 1.: Die Blühfläche wurde im Herbst 2023 eingesät.
zu 2.: Die Bänke sind bestellt und sollen bis Ende April 2024 stehen.

Zu 2. (§ 812)
Die Stadtverordnetenversammlung hat beschlossen:
1. „Am Marktplatz wird ein Trinkbrunnen aufgestellt.“
Hierzu wird berichtet:

zu 1.: Der Brunnen ist bestellt; die Aufstellung ist für Mai 2024 vorgesehen.

Der Magistrat der Stadt Ostheim
Helga Brunner
Stadträtin
""")
    assert [(m.resolution, m.number) for m in record.mandates] == [("§ 744", "1"), ("§ 744", "2"), ("§ 812", "1")]
    assert [a.resolution for a in record.also_concerns] == ["§ 812"]
    assert record.mandates[2].deadlines == ["2024-05"]


def test_a_form_with_rows_for_sender_and_addressee_and_a_point_heading_waiting_for_its_quote(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden · Hausmitteilung

Absender Geschäftsbereich Kultur und Tourismus

Empfänger Mitglieder des Ausschusses für Kultur
sowie alle Fraktionen des Stadtrates
Geschäftszeichen GB 2/41-2024-17

Datum 03.06.2024

Beschlusskontrolle zu V0733/23 (Sitzungsnummer: SR/058/2023)
Kulturentwicklungsplan

Sehr geehrte Damen und Herren,

zum oben genannten Beschluss wird folgender Zwischenstand mitgeteilt.

Beschlusspunkt 1:
„Der Kulturentwicklungsplan wird fortgeschrieben.“
Die Fortschreibung wird derzeit mit den Kultureinrichtungen abgestimmt.

Beschlusspunkt 2:
„Die Anlage 1 (Maßnahmenliste) ist Bestandteil dieses Beschlusses.“
Kein weiterer Handlungsbedarf.

Wiedervorlage: 31.12.2024

Mit freundlichen Grüßen
In Vertretung Kenntnisnahme:

Annika Seidel Lars Hofmeister
Leiterin des Kulturamtes Oberbürgermeister
""")
    assert record.department == "Geschäftsbereich Kultur und Tourismus"
    assert record.recipients == "Mitglieder des Ausschusses für Kultur sowie alle Fraktionen des Stadtrates"
    assert [m.number for m in record.mandates] == ["1", "2"]     # "Die Anlage 1 …" is point 2's quote, no closing
    assert (record.sender.name, record.sender.role) == ("Annika Seidel", "Leiterin des Kulturamtes")
    assert (record.acknowledged_by.name, record.acknowledged_by.role) == ("Lars Hofmeister", "Oberbürgermeister")


def test_an_answer_for_several_points_gives_each_the_dates_of_its_own_sentences(tmp_path):
    record = read(tmp_path, """Bundesstadt Wiesenfeld Drucksachen-Nr.
2401188
Die Oberbürgermeisterin
Az.: 66-12/Sp
Amt für Stadtgrün
Datum: 12.03.2024
Mitteilungsvorlage – Beschlusskontrolle
An die Bezirksvertretung Nordheim
Betreff: Spielgeräte im Auenpark
Beschluss der Bezirksvertretung vom 05.10.2023, Drucksachen-Nr. 2309871
Die Bezirksvertretung Nordheim hat in ihrer Sitzung am 05.10.2023 beschlossen:
Ziffer 1: Die Verwaltung wird beauftragt, im Auenpark eine Kletterkombination aufzustellen.
Ziffer 2: Der Förderverein ist um eine Spende für die Fallschutzflächen zu bitten.
Ziffer 3: Die Bezirksvertretung ist vor der Wahl des Geräts zu beteiligen.
Die Verwaltung teilt zu den Ziffern 1 bis 3 mit:
Die Verwaltung hat den Förderverein um eine Spende gebeten; er hat 5.000 Euro zugesagt.
Drei Geräteentwürfe werden der Bezirksvertretung in ihrer Sitzung am 16.04.2024 vorgestellt.
Die Aufstellung der Kletterkombination ist bis Juli 2024 vorgesehen.
Im Auftrag
Jonas Keller
""")
    assert record.city == "Bundesstadt Wiesenfeld"                 # the form's number column beside it
    assert record.resolution == "2309871"                           # not the form's own number
    assert record.recipients == "An die Bezirksvertretung Nordheim"
    assert [m.deadlines for m in record.mandates] == [["2024-07"], [], ["2024-04-16"]]


def test_a_window_envelope_a_city_over_three_lines_and_a_beirat_named_with_its_district(tmp_path):
    record = read(tmp_path, """Amt für Grünflächen · Am Wall 12 · 28195 Bremen

Ortsamt Mitte
für den Beirat Schwachhausen
Herrn Ortsamtsleiter Ole Brandt
Parkallee 4
28209 Bremen

Freie
Hansestadt
Bremen
Amt für Grünflächen

Auskunft erteilt
Frau Seemann
Bremen, 5. März 2024

Stellungnahme zum Beschluss des Beirates Schwachhausen vom 14.11.2023 (Sw 2023/031)
Baumpflanzungen in der Parkallee

Sehr geehrter Herr Brandt,
der Beirat hat folgenden Beschluss gefasst:
1) "In der Parkallee werden zwölf Linden nachgepflanzt."
2) "Die Baumscheiben werden bepflanzt."
Das Amt nimmt hierzu wie folgt Stellung:
Zu 1): Die Linden wurden im Februar 2024 gepflanzt.
Zu 2): Die Baumscheiben wurden im Februar 2024 bepflanzt.
Wir gehen davon aus, dass der Beschluss des Beirates damit abschließend beantwortet ist,
und bitten Sie, dem Beirat dieses Schreiben zur Kenntnis zu geben.

Mit freundlichen Grüßen
Im Auftrag
Britta Kohlhase
""")
    assert record.city == "Freie Hansestadt Bremen"
    assert record.recipients.startswith("Ortsamt Mitte für den Beirat Schwachhausen")
    assert record.resolution == "Sw 2023/031"
    assert record.report_type == "final"                            # "abschließend beantwortet"
    assert record.mandates[1].response == "Die Baumscheiben wurden im Februar 2024 bepflanzt."


def test_points_numbered_in_brackets_inside_running_text(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Kiel
Grünflächenamt
Geschäftliche Mitteilung
An den Ortsbeirat Wik
Kiel, 02.04.2024
Betreff: Beleuchtung am Uferweg
hier: Umsetzung des Beschlusses des Ortsbeirates Wik vom 10.01.2024 (Drs. 0031/2024)
Der Ortsbeirat Wik hat am 10.01.2024 folgenden Beschluss gefasst:
(1) Die Verwaltung wird gebeten, den Uferweg zu beleuchten. (2) Bis dahin sind die
Büsche am Weg zurückzuschneiden.
Die Verwaltung teilt hierzu mit:
zu Punkt 1: Die Leuchten sind bestellt und sollen bis spätestens 30.09.2024 stehen.
zu Punkt 2: Der Rückschnitt wurde im Februar 2024 ausgeführt.
Im Auftrag
Merle Jansen
""")
    assert record.resolution == "0031/2024"           # "Drs." is the word before the number
    assert record.department == "Grünflächenamt"      # the form's title under it is no part of it
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].deadlines == ["2024-09-30"]


def test_shapes_and_cues_round_40_taught():
    assert find_resolutions("Drucksache VIII/0412") == [("VIII/0412", 11, 20, False)]    # Berlin BVV, the term first
    # Magdeburg's decision number goes on past what an identifier's shape reads: no identifier
    assert [f[0] for f in find_resolutions("Umsetzung des Beschlusses Nr. 1812-058(VII)22 zur Drucksache DS0187/22")] == ["DS0187/22"]
    assert response_status("Die Beteiligung ist erfolgt. Die übrigen Beiräte haben auf eine Stellungnahme verzichtet.") == "done"
    assert response_status("Auf die Maßnahme wird verzichtet.") == "rejected"
    assert find_deadlines("Sie ist für die Sitzung im September 2022 vorgesehen, also vor Beginn der Pflanzzeit.",
                          not_before="2022-06-01") == ["2022-09"]


def test_the_forms_own_status_outranks_the_treatment_column_of_its_consultation_table():
    lines = ["Landeshauptstadt Musterstadt", "Dezernat Dezernat II", "Öffentlichkeitsstatus öffentlich", "",
             "Beratung Tag", "Der Oberbürgermeister 07.05.2024", "Stadtrat 06.06.2024", "",
             "Behandlung", "nichtöffentlich", "öffentlich", "", "Thema: Umsetzung des Beschlusses"]
    assert find_confidential(lines, ()) == (False, [])
    # without the form's own status a non-public treatment stays a marking: fail closed
    assert find_confidential([line for line in lines if "Öffentlichkeitsstatus" not in line], ())[0] is True


def test_signature_columns_staggered_by_a_text_export():
    sender, acknowledged = find_signatories(["Kenntnisnahme:", "", "Dr. Karl Behrens", "Bürgermeister Sabine Lorenz",
                                             "Oberbürgermeisterin"])
    assert (sender.name, sender.role) == ("Dr. Karl Behrens", "Bürgermeister")
    assert (acknowledged.name, acknowledged.role) == ("Sabine Lorenz", "Oberbürgermeisterin")
