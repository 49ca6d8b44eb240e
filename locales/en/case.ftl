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

# A case's sender, the action asked for and a decision's reasons.
# Heading of the authority's name and contact details on a case.
case-sender-title = Sender
# Before the name of the authority on whose behalf the sender acts, e.g. “im Auftrag von Stadt Luzern”.
case-sender-on-behalf = on behalf of
case-sender-email = Email:
case-sender-phone = Phone:
# Heading of what the authority asks the citizen to do.
case-action-title = What we need from you
# Heading of the reason for a refusal.
case-decision-title = Reasons
# Heading of how the citizen can appeal a decision.
case-remedy-title = What you can do
