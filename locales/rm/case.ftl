# One case: its details, status history and documents.

case-reference = Referenza
# The authority that handles the case and sends its documents.
case-authority = Post cumpetent
case-submitted-on = Inoltrà ils
case-back = Enavos tar mias fatschentas
# Heading while a case is loading.
case-loading-title = La fatschenta vegn chargiada …
case-history-title = Andament
case-documents-title = Documents
case-documents-empty = Per questa fatschenta na datti anc nagins documents.
# Text of a document's download button.
# Variables:
#   $title (String) - the document's title, e.g. "Verfügung"
#   $size (String) - the file size, already formatted, e.g. "2 kB"
case-document-download = Telechargiar { $title } ({ $size })
# Label before a document's SHA-256 checksum, which lets a citizen verify the file.
case-document-checksum = Summa da controlla (SHA-256):

# A case's sender, the action asked for and a decision's reasons.
# Heading of the authority's name and contact details on a case.
case-sender-title = Speditur
# Before the name of the authority on whose behalf the sender acts, e.g. “im Auftrag von Stadt Luzern”.
case-sender-on-behalf = per incumbensa da
case-sender-email = E-mail:
case-sender-phone = Telefon:
# Heading of what the authority asks the citizen to do.
case-action-title = Quai duvrain nus da Vus
# Heading of the reason for a refusal.
case-decision-title = Motivaziun
# Heading of how the citizen can appeal a decision.
case-remedy-title = Quai che Vus pudais far

# A case's messages and the reply form.
case-messages-title = Messadis
case-messages-empty = Anc nagins messadis per quest cas.
# Shown as the sender of the citizen's own messages.
case-message-you = Vus
# Marks a message not yet read; shown as a word, not only a colour.
case-message-new = Nov
case-reply-title = Respunder
case-reply-body = Voss messadi
case-reply-empty = Scrivai in messadi avant che trametter.
case-reply-files = Agiuntar in document (facultativ)
# Below the file input of a reply.
# Variables:
#   $types (String) - the file formats, e.g. "PDF, JPEG, PNG"
#   $max (String) - the largest size, e.g. "10 MB"
case-reply-files-hint = Format { $types }, maximalmain { $max } per datoteca. Tscherni pliras datotecas ina suenter l’autra.
case-reply-send = Trametter il messadi
# Announced after a reply was sent.
case-reply-sent = Voss messadi è vegnì tramess.

# Shown instead of the reply form under a read-only mandate.
case-reply-read-only = Voss mandat lubescha mo da leger: respostas e documents trametta ina persuna cun in mandat cumplet.

# The documents across all cases.
common-nav-documents = Documents
documents-title = Tut ils documents
# Accessible name of the document filters.
documents-filters = Filtrar documents
documents-kind = Gener
# A document kind: scans and photos (JPEG, PNG).
documents-kind-image = Maletg (JPEG, PNG)
documents-from = Retschavì a partir dal
documents-to = Retschavì fin il
documents-apply = Mussar
# Above the document list.
# Variables:
#   $count (Number) - documents matching the filters
#   $shown (Number) - documents listed (the newest)
documents-count =
    { $count ->
        [0] Nagins documents chattads
        [one] 1 document
       *[other] { $count } documents, ils { $shown } ils pli novs mussads
    }
# Marks a document the citizen's side sent.
documents-from-you = tramess da Vus
documents-copy-checksum = Copiar la summa da controlla
# Announced after the checksum was copied.
documents-copied = Copià.
