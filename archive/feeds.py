"""Atom feeds journalists subscribe to: new letters, overdue reviews, passed deadlines, and one
feed per resolution. Served by the Datasette plugin under /-/feeds/ (the public copy's feeds hold
only what it publishes: the feeds read the database being served).

    /-/feeds/briefe.atom                 the latest letters
    /-/feeds/wiedervorlagen.atom         reviews announced and not come, worst first
    /-/feeds/fristen.atom                deadlines passed while the point is not done
    /-/feeds/beschluss/<resolution>.atom every letter about one resolution
"""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import quote
from xml.sax.saxutils import escape

LIMIT = 50

FEEDS = {
    "briefe": ("Beschlussarchiv: neue Briefe",
               # newest first through the index on letter_date, as the front page's latest letters
               "select id, letter_date, resolution, subject, status, report_type from letters "
               "where +kind = 'beschlusskontrolle' and +copy_of is null order by letter_date desc, id desc limit :limit"),
    "wiedervorlagen": ("Beschlussarchiv: überfällige Wiedervorlagen",
                       "select resolution, subject, review_due, days_overdue, letter_id from overdue_reviews "
                       "order by review_due limit :limit"),
    "fristen": ("Beschlussarchiv: verstrichene Fristen",
                "select resolution, point, due_date, days_overdue, latest_status, latest_letter_id, quote "
                "from overdue_deadlines order by due_date limit :limit"),
}
RESOLUTION_FEED = ("select l.id, l.letter_date, l.subject, l.status, l.report_type from letter_resolutions lr "
                   "join letters l on l.id = lr.letter_id where lr.resolution = :resolution "
                   "order by l.letter_date desc, l.id desc limit :limit")


def entry(base: str, name: str, row: dict, labels: dict[str, str]) -> dict:
    """One feed entry: id, title, link, updated date and summary for a row of the feed's query."""
    if name in ("briefe", "beschluss"):
        link = f"{base}/archiv/letters/{row['id']}"
        kind = "Abschlussbericht" if row.get("report_type") == "final" else "Zwischenbericht"
        title = f"{row.get('resolution') or ''} {row.get('subject') or ''}".strip() or f"Brief {row['id']}"
        return {"id": link, "title": f"{kind}: {title}", "link": link, "updated": row.get("letter_date"),
                "summary": f"Stand: {labels.get(row.get('status'), row.get('status'))}"}
    history = f"{base}/archiv/beschluss_verlauf?resolution={quote(row['resolution'] or '')}"
    if name == "wiedervorlagen":
        return {"id": f"{history}#wiedervorlage-{row['review_due']}",
                "title": f"{row['resolution']}: Wiedervorlage seit {row['days_overdue']} Tagen überfällig",
                "link": history, "updated": row["review_due"],
                "summary": f"{row.get('subject') or ''} — angekündigt für {row['review_due']}"}
    return {"id": f"{history}#punkt-{row['point']}-{row['due_date']}",
            "title": f"{row['resolution']}, Punkt {row['point']}: Frist {row['due_date']} verstrichen",
            "link": history, "updated": row["due_date"],
            "summary": f"Stand: {labels.get(row['latest_status'], row['latest_status'])} — {row.get('quote') or ''}"}


def atom(feed_id: str, title: str, entries: list[dict]) -> str:
    """An Atom 1.0 document."""
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def when(value: str | None) -> str:
        if not value:
            return now
        day = (value + "-01-01")[:10] if len(value) < 10 else value[:10]
        return f"{day}T00:00:00Z"

    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
             f"<id>{escape(feed_id)}</id>", f"<title>{escape(title)}</title>", f"<updated>{now}</updated>",
             f'<link rel="self" href="{escape(feed_id)}"/>', "<author><name>Beschlussarchiv</name></author>"]
    for e in entries:
        parts += ["<entry>", f"<id>{escape(e['id'])}</id>", f"<title>{escape(e['title'])}</title>",
                  f'<link href="{escape(e["link"])}"/>', f"<updated>{when(e['updated'])}</updated>",
                  f"<summary>{escape(e['summary'])}</summary>", "</entry>"]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"
