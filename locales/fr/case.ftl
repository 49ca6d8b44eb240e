# One case: its details, status history and documents.

case-reference = Référence
# The authority that handles the case and sends its documents.
case-authority = Autorité compétente
case-submitted-on = Déposé le
case-back = Retour à mes dossiers
# Heading while a case is loading.
case-loading-title = Chargement du dossier …
case-history-title = Historique
case-documents-title = Documents
case-documents-empty = Ce dossier ne contient encore aucun document.
# Text of a document's download button.
# Variables:
#   $title (String) - the document's title, e.g. "Décision"
#   $size (String) - the file size, already formatted, e.g. "2 ko"
case-document-download = Télécharger { $title } ({ $size })
# Label before a document's SHA-256 checksum, which lets a citizen verify the file.
case-document-checksum = Somme de contrôle (SHA-256) :

# A case's sender, the action asked for and a decision's reasons.
# Heading of the authority's name and contact details on a case.
case-sender-title = Expéditeur
# Before the name of the authority on whose behalf the sender acts, e.g. “im Auftrag von Stadt Luzern”.
case-sender-on-behalf = sur mandat de
case-sender-email = E-mail :
case-sender-phone = Téléphone :
# Heading of what the authority asks the citizen to do.
case-action-title = Ce dont nous avons besoin
# Heading of the reason for a refusal.
case-decision-title = Motifs
# Heading of how the citizen can appeal a decision.
case-remedy-title = Ce que vous pouvez faire

# A case's messages and the reply form.
case-messages-title = Messages
case-messages-empty = Aucun message pour ce dossier.
# Shown as the sender of the citizen's own messages.
case-message-you = Vous
# Marks a message not yet read; shown as a word, not only a colour.
case-message-new = Nouveau
case-reply-title = Répondre
case-reply-body = Votre message
case-reply-empty = Écrivez un message avant d’envoyer.
case-reply-files = Joindre un document (facultatif)
# Below the file input of a reply.
# Variables:
#   $types (String) - the file formats, e.g. "PDF, JPEG, PNG"
#   $max (String) - the largest size, e.g. "10 MB"
case-reply-files-hint = Format { $types }, au maximum { $max } par fichier. Choisissez plusieurs fichiers l’un après l’autre.
case-reply-send = Envoyer le message
# Announced after a reply was sent.
case-reply-sent = Votre message a été envoyé.

# Shown instead of the reply form under a read-only mandate.
case-reply-read-only = Votre mandat permet seulement la lecture : une personne avec un mandat complet envoie réponses et documents.

# The documents across all cases.
common-nav-documents = Documents
documents-title = Tous les documents
# Accessible name of the document filters.
documents-filters = Filtrer les documents
documents-kind = Type
# A document kind: scans and photos (JPEG, PNG).
documents-kind-image = Image (JPEG, PNG)
documents-from = Reçu dès le
documents-to = Reçu jusqu’au
documents-apply = Afficher
# Above the document list.
# Variables:
#   $count (Number) - documents matching the filters
#   $shown (Number) - documents listed (the newest)
documents-count =
    { $count ->
        [0] Aucun document trouvé
        [one] 1 document
       *[other] { $count } documents, les { $shown } plus récents affichés
    }
# Marks a document the citizen's side sent.
documents-from-you = envoyé par vous
documents-copy-checksum = Copier la somme de contrôle
# Announced after the checksum was copied.
documents-copied = Copiée.
