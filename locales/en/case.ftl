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

# A case's messages and the reply form.
case-messages-title = Messages
case-messages-empty = No messages about this case yet.
# Shown as the sender of the citizen's own messages.
case-message-you = You
# Marks a message not yet read; shown as a word, not only a colour.
case-message-new = New
case-reply-title = Reply
case-reply-body = Your message
case-reply-empty = Write a message before you send it.
case-reply-files = Attach a document (optional)
# Below the file input of a reply.
# Variables:
#   $types (String) - the file formats, e.g. "PDF, JPEG, PNG"
#   $max (String) - the largest size, e.g. "10 MB"
case-reply-files-hint =
    { $types }, at most { $max } per file. Choose several files one after the other.
case-reply-send = Send message
# Announced after a reply was sent.
case-reply-sent = Your message has been sent.

# Shown instead of the reply form under a read-only mandate.
case-reply-read-only = Your mandate allows reading only: someone with a full mandate sends replies and documents.

# The documents across all cases.
common-nav-documents = Documents
documents-title = All documents
# Accessible name of the document filters.
documents-filters = Filter documents
documents-kind = Kind
# A document kind: scans and photos (JPEG, PNG).
documents-kind-image = Image (JPEG, PNG)
documents-from = Received from
documents-to = Received until
documents-apply = Show
# Above the document list.
# Variables:
#   $count (Number) - documents matching the filters
#   $shown (Number) - documents listed (the newest)
documents-count =
    { $count ->
        [0] No documents found
        [one] 1 document
       *[other] { $count } documents, the newest { $shown } shown
    }
# Marks a document the citizen's side sent.
documents-from-you = sent by you
documents-copy-checksum = Copy checksum
# Announced after the checksum was copied.
documents-copied = Copied.
