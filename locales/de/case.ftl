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
