// Datasette's own words on table and query pages, in German; the English stays in the tooltip.
(function () {
  var words = {
    "View and edit SQL": "SQL ansehen und bearbeiten",
    "This data as": "Diese Daten als",
    "advanced": "mit Optionen",
    "Advanced export": "Export mit Optionen",
    "Suggested facets:": "Vorgeschlagene Facetten:",
    "Next page": "Nächste Seite",
    "Download file": "Datei herunterladen",
    "Expand all JSON": "JSON ganz zeigen",
    "Link to this page": "Link auf diese Seite",
    "contains": "enthält", "starts with": "beginnt mit", "ends with": "endet mit",
    "is null": "ist null", "is not null": "ist nicht null", "is blank": "ist leer", "is not blank": "ist nicht leer",
    "not like": "nicht like", "not in": "nicht in", "array contains": "Liste enthält",
    "array does not contain": "Liste enthält nicht", "- remove filter -": "– Filter entfernen –",
    "- column -": "– Spalte –", "date": "Datum",
    "Search:": "Suche:", "Data license:": "Lizenz:", "Data source:": "Quelle:"
  };
  // "4 rows sorted by letter_date descending", "12 rows where status = 3"
  var phrases = [[/^([\d,.]+) rows?\b/, "$1 Zeilen"], [/\bsorted by\b/, "sortiert nach"],
                 [/\bdescending\b/, "absteigend"], [/^\s*where\b/, " mit"]];
  function german(text) {
    var bare = text.trim();
    if (words[bare]) return text.replace(bare, words[bare]);
    var out = text;
    phrases.forEach(function (p) { out = out.replace(p[0], p[1]); });
    return out !== text ? out : null;
  }
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var node, found = [];
  while ((node = walker.nextNode())) {
    var parent = node.parentNode;
    if (parent && !/^(SCRIPT|STYLE|TEXTAREA|TD|PRE|CODE)$/.test(parent.nodeName)) found.push(node);
  }
  found.forEach(function (n) {
    var text = german(n.nodeValue);
    if (text !== null) {
      if (n.parentNode.nodeType === 1 && !n.parentNode.title) n.parentNode.title = n.nodeValue.trim();
      n.nodeValue = text;
    }
  });
  document.querySelectorAll("input[type=submit]").forEach(function (b) {
    var map = {"Apply": "Anwenden", "Search": "Suchen", "Run SQL": "SQL ausführen"};
    if (map[b.value]) { b.title = b.value; b.value = map[b.value]; }
  });
})();
