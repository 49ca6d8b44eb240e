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
