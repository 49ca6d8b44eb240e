# One case: its details, status history and documents.

case-reference = Reference
# The authority that handles the case and sends its documents.
case-authority = Responsible authority
case-submitted-on = Submitted on
case-back = Back to my cases
# Heading while a case is loading.
case-loading-title = Loading the case …
case-history-title = History
case-documents-title = Documents
case-documents-empty = There are no documents for this case yet.
# Text of a document's download button.
# Variables:
#   $title (String) - the document's title, e.g. "Verfügung"
#   $size (String) - the file size, already formatted, e.g. "2 kB"
case-document-download = Download { $title } ({ $size })
# Label before a document's SHA-256 checksum, which lets a citizen verify the file.
case-document-checksum = Checksum (SHA-256):
