# One case: its details, status history and documents.

case-reference = Referenz
# The authority that handles the case and sends its documents.
case-authority = Zuständige Stelle
case-submitted-on = Eingereicht am
case-back = Zurück zu meinen Geschäften
# Heading while a case is loading.
case-loading-title = Geschäft wird geladen …
case-history-title = Verlauf
case-documents-title = Dokumente
case-documents-empty = Zu diesem Geschäft gibt es noch keine Dokumente.
# Text of a document's download button.
# Variables:
#   $title (String) - the document's title, e.g. "Verfügung"
#   $size (String) - the file size, already formatted, e.g. "2 kB"
case-document-download = { $title } herunterladen ({ $size })
# Label before a document's SHA-256 checksum, which lets a citizen verify the file.
case-document-checksum = Prüfsumme (SHA-256):

# A case's sender, the action asked for and a decision's reasons.
# Heading of the authority's name and contact details on a case.
case-sender-title = Absender
# Before the name of the authority on whose behalf the sender acts, e.g. “im Auftrag von Stadt Luzern”.
case-sender-on-behalf = im Auftrag von
case-sender-email = E-Mail:
case-sender-phone = Telefon:
# Heading of what the authority asks the citizen to do.
case-action-title = Das brauchen wir von Ihnen
# Heading of the reason for a refusal.
case-decision-title = Begründung
# Heading of how the citizen can appeal a decision.
case-remedy-title = Was Sie tun können

# A case's messages and the reply form.
case-messages-title = Nachrichten
case-messages-empty = Zu diesem Geschäft gibt es noch keine Nachrichten.
# Shown as the sender of the citizen's own messages.
case-message-you = Sie
# Marks a message not yet read; shown as a word, not only a colour.
case-message-new = Neu
case-reply-title = Antworten
case-reply-body = Ihre Nachricht
case-reply-empty = Schreiben Sie eine Nachricht, bevor Sie senden.
case-reply-files = Dokument beilegen (freiwillig)
# Below the file input of a reply.
# Variables:
#   $types (String) - the file formats, e.g. "PDF, JPEG, PNG"
#   $max (String) - the largest size, e.g. "10 MB"
case-reply-files-hint = Format { $types }, höchstens { $max } pro Datei. Wählen Sie mehrere Dateien nacheinander.
case-reply-send = Nachricht senden
# Announced after a reply was sent.
case-reply-sent = Ihre Nachricht wurde gesendet.

# Shown instead of the reply form under a read-only mandate.
case-reply-read-only = Ihr Mandat erlaubt nur das Lesen: Antworten und Dokumente sendet eine Person mit vollem Mandat.

# The documents across all cases.
common-nav-documents = Dokumente
documents-title = Alle Dokumente
# Accessible name of the document filters.
documents-filters = Dokumente filtern
documents-kind = Art
# A document kind: scans and photos (JPEG, PNG).
documents-kind-image = Bild (JPEG, PNG)
documents-from = Erhalten ab
documents-to = Erhalten bis
documents-apply = Anzeigen
# Above the document list.
# Variables:
#   $count (Number) - documents matching the filters
#   $shown (Number) - documents listed (the newest)
documents-count =
    { $count ->
        [0] Keine Dokumente gefunden
        [one] 1 Dokument
       *[other] { $count } Dokumente, die neusten { $shown } angezeigt
    }
# Marks a document the citizen's side sent.
documents-from-you = von Ihnen gesendet
documents-copy-checksum = Prüfsumme kopieren
# Announced after the checksum was copied.
documents-copied = Kopiert.
