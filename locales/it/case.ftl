# One case: its details, status history and documents.

case-reference = Riferimento
# The authority that handles the case and sends its documents.
case-authority = Autorità competente
case-submitted-on = Inoltrata il
case-back = Torna alle mie pratiche
# Heading while a case is loading.
case-loading-title = Caricamento della pratica …
case-history-title = Cronologia
case-documents-title = Documenti
case-documents-empty = Per questa pratica non ci sono ancora documenti.
# Text of a document's download button.
# Variables:
#   $title (String) - the document's title, e.g. "Decisione"
#   $size (String) - the file size, already formatted, e.g. "2 kB"
case-document-download = Scarica { $title } ({ $size })
# Label before a document's SHA-256 checksum, which lets a citizen verify the file.
case-document-checksum = Somma di controllo (SHA-256):

# A case's sender, the action asked for and a decision's reasons.
# Heading of the authority's name and contact details on a case.
case-sender-title = Mittente
# Before the name of the authority on whose behalf the sender acts, e.g. “im Auftrag von Stadt Luzern”.
case-sender-on-behalf = su mandato di
case-sender-email = E-mail:
case-sender-phone = Telefono:
# Heading of what the authority asks the citizen to do.
case-action-title = Ciò di cui abbiamo bisogno
# Heading of the reason for a refusal.
case-decision-title = Motivazione
# Heading of how the citizen can appeal a decision.
case-remedy-title = Cosa può fare

# A case's messages and the reply form.
case-messages-title = Messaggi
case-messages-empty = Nessun messaggio per questa pratica.
# Shown as the sender of the citizen's own messages.
case-message-you = Lei
# Marks a message not yet read; shown as a word, not only a colour.
case-message-new = Nuovo
case-reply-title = Rispondere
case-reply-body = Il suo messaggio
case-reply-empty = Scriva un messaggio prima di inviare.
case-reply-files = Allegare un documento (facoltativo)
# Below the file input of a reply.
# Variables:
#   $types (String) - the file formats, e.g. "PDF, JPEG, PNG"
#   $max (String) - the largest size, e.g. "10 MB"
case-reply-files-hint = Formato { $types }, al massimo { $max } per file. Scelga più file uno dopo l’altro.
case-reply-send = Invia il messaggio
# Announced after a reply was sent.
case-reply-sent = Il suo messaggio è stato inviato.

# Shown instead of the reply form under a read-only mandate.
case-reply-read-only = Il suo mandato permette solo la lettura: risposte e documenti li invia una persona con mandato completo.

# The documents across all cases.
common-nav-documents = Documenti
documents-title = Tutti i documenti
# Accessible name of the document filters.
documents-filters = Filtrare i documenti
documents-kind = Tipo
# A document kind: scans and photos (JPEG, PNG).
documents-kind-image = Immagine (JPEG, PNG)
documents-from = Ricevuto dal
documents-to = Ricevuto fino al
documents-apply = Mostra
# Above the document list.
# Variables:
#   $count (Number) - documents matching the filters
#   $shown (Number) - documents listed (the newest)
documents-count =
    { $count ->
        [0] Nessun documento trovato
        [one] 1 documento
       *[other] { $count } documenti, mostrati i { $shown } più recenti
    }
# Marks a document the citizen's side sent.
documents-from-you = inviato da lei
documents-copy-checksum = Copia la somma di controllo
# Announced after the checksum was copied.
documents-copied = Copiata.
