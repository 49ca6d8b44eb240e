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
