# The steps of an online application, "check your answers" and the confirmation. Questions,
# hints and options come from the portal; these are the words around them.

wizard-unavailable-title = Application not available
wizard-back = Back
# Above each step's heading.
# Variables:
#   $current (Number) - the number of this step
#   $total (Number) - how many steps there are (it can change with the answers)
wizard-step-of = Step { $current } of { $total }
wizard-continue = Continue
# The button on a step opened from "check your answers".
wizard-save-and-return = Save and return to the summary
# After the label of a field that may stay empty.
wizard-optional = (optional)
# Opens the longer explanation of a field.
wizard-help = Help with this question
# The first, empty entry of a drop-down list.
wizard-select-placeholder = Please choose
wizard-yes = Yes
wizard-no = No
wizard-address-street = Street
wizard-address-number = House number
wizard-address-postcode = Postcode
wizard-address-locality = Town
wizard-municipality-label = Municipality
wizard-municipality-hint = This postcode covers several municipalities. Choose yours.
# Above the localities of a postcode that has several, e.g. 7742: La Rösa, Poschiavo, Sfazù.
wizard-locality-label = Choose the town
wizard-locality-hint = This postcode covers several towns or villages. Choose yours.
# Confirms the municipality found for a postcode.
# Variables:
#   $municipality (String) - the municipality and canton, e.g. "Luzern (LU)"
wizard-municipality-found = Municipality: { $municipality }
wizard-postcode-lookup-failed = The postcode could not be looked up just now. Please type the town yourself.
# Adds one more item to a repeatable group.
# Variables:
#   $item (String) - what one item is, e.g. "Person"
wizard-group-add = Add { $item }
# Removes one item of a repeatable group.
# Variables:
#   $item (String) - the item with its number, e.g. "Person 2"
wizard-group-remove = Remove { $item }

# How an error message names one part of an address.
# Variables:
#   $field (String) - the question, e.g. "Neue Adresse"
#   $part (String) - the part, e.g. "Postleitzahl"
wizard-label-part = { $field }: { $part }
# How an error message names a field of one item of a group.
# Variables:
#   $item (String) - the item and its number, e.g. "Person 2"
#   $field (String) - the question, e.g. "Geburtsdatum"
wizard-label-item = { $item }: { $field }

# Shown (and announced politely) while the answers are being saved.
wizard-save-saving = Saving …
# Variables:
#   $time (String) - when the answers were last saved, e.g. "14:03"
wizard-save-saved = Saved at { $time }
wizard-save-offline = No connection: your answers are kept on this device and will be sent when the connection is back.
wizard-save-failed = Your answers could not be saved. They are kept on this device.
# Shown at the top of a step while the device has no network.
wizard-offline-notice = You are offline. You can go on filling in; nothing is lost.

wizard-conflict-title = This application was changed elsewhere
# Shown when a save meets a newer version saved elsewhere; the citizen chooses.
# Variables:
#   $saved (String) - when the other version was saved, e.g. "23.11.2026, 14:03"
wizard-conflict-text = This application was saved on another device or in another window on { $saved }. Which version do you want to keep?
wizard-conflict-keep-mine = Keep my answers
wizard-conflict-use-theirs = Take the other version

## Error messages. Each names the field: $label is its question, e.g. "Date of birth" or
## "New address: Postcode".

# Variables:
#   $label (String) - the field's question
wizard-error-required = { $label }: please fill this in.
# Variables:
#   $label (String) - the field's question
wizard-error-too-long = { $label }: this is too long.
# Variables:
#   $label (String) - the field's question
wizard-error-number-invalid = { $label }: enter a number, for example 2.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-small = { $label }: the number is too small.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-large = { $label }: the number is too large.
# Variables:
#   $label (String) - the field's question
wizard-error-date-invalid = { $label }: enter a valid date.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-past = { $label }: the date cannot be in the past.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-future = { $label }: the date cannot be in the future.
# Variables:
#   $label (String) - the field's question
wizard-error-choice-unknown = { $label }: choose one of the options.
# Variables:
#   $label (String) - the field's question
wizard-error-email-invalid = { $label }: enter an e-mail address like name@example.ch.
# Variables:
#   $label (String) - the field's question
wizard-error-phone-invalid = { $label }: enter a phone number like 041 123 45 67 or +41 41 123 45 67.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-invalid = { $label }: a postcode has four digits, for example 6005.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-unknown = { $label }: this postcode does not exist in Switzerland.
# Variables:
#   $label (String) - the field's question
wizard-error-municipality-mismatch = { $label }: this municipality is not part of the postcode. Choose again.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-format = { $label }: an AHV number has 13 digits and starts with 756, for example 756.1234.5678.97.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-checksum = { $label }: this AHV number is not right. Check the digits on your card.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-format = { $label }: an IBAN has 21 characters and starts with CH, for example CH93 0076 2011 6238 5295 7.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-checksum = { $label }: this IBAN is not right. Check the characters.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-country = { $label }: enter an account in Switzerland or Liechtenstein.
# Variables:
#   $label (String) - the field's question
wizard-error-plate-invalid = { $label }: enter the number plate like LU 123456.
# Variables:
#   $label (String) - the field's question
wizard-error-file-too-large = { $label }: the file is too large.
# Variables:
#   $label (String) - the field's question
wizard-error-file-type = { $label }: this type of file is not accepted.
# Variables:
#   $label (String) - the field's question
wizard-error-files-too-many = { $label }: there are too many files. Remove one.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-few = { $label }: add at least one entry.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-many = { $label }: there are too many entries.
# Shown when a link or an old tab skips a step that is not complete.
wizard-error-step-not-reachable = Please complete the earlier steps first.
# Variables:
#   $label (String) - the field's question
wizard-error-invalid = { $label }: this is not valid.

## Check your answers, submission and confirmation.

wizard-check-title = Check your answers
# The link next to each answer, followed (for screen readers) by the question.
wizard-change = Change
wizard-not-answered = Not answered
wizard-fee-title = Fee
wizard-fee-total = Total
# Under the fee on "check your answers".
# Variables:
#   $amount (String) - the total, e.g. "CHF 62.00"
wizard-fee-invoice-note = After you submit, you will get an invoice for { $amount } with a QR-bill.
wizard-submit-title = Submit your application
wizard-submit-text = By submitting, you confirm that your answers are correct.
wizard-submit = Submit application
wizard-submitting = Submitting …
wizard-done-title = Application submitted
wizard-done-reference = Your reference number
wizard-done-payment-title = The fee is still to be paid
# Says plainly that the application is not finished until the fee is paid.
# Variables:
#   $amount (String) - the fee, e.g. "CHF 62.00"
wizard-done-payment-text = Please pay { $amount } with the QR-bill on the invoice within 30 days. We process your application once the payment has arrived.
wizard-done-documents = Your documents
wizard-done-receipt = Download the acknowledgement of receipt (PDF)
wizard-done-invoice = Download the invoice with QR-bill (PDF)
wizard-done-next-title = What happens next
wizard-done-case-link = See your case and where it stands
wizard-done-dashboard-link = Go to my cases

# Under a file field: what it accepts.
# Variables:
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
#   $size (String) - the largest size per file, e.g. "5 MB"
#   $count (Number) - how many files the field takes
wizard-file-limits = { $count ->
        [one] One file as { $types }, up to { $size }.
       *[other] Up to { $count } files as { $types }, each up to { $size }.
    }
# A file refused because it is too big; the field stays usable.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $size (String) - its size, e.g. "12.3 MB"
#   $max (String) - the largest size allowed per file, e.g. "5 MB"
wizard-file-too-large = “{ $name }” is too large ({ $size }). Each file can be at most { $max }. Choose a smaller file, for example a scan at a lower resolution.
# A file refused because of its format (checked again by the server from its content).
# Variables:
#   $name (String) - the file's name, e.g. "Scan.heic"
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
wizard-file-wrong-type = “{ $name }” cannot be uploaded. Only these formats are accepted: { $types }.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $count (Number) - how many files the field takes
wizard-file-too-many = “{ $name }” was not uploaded: this field takes at most { $count ->
        [one] one file
       *[other] { $count } files
    }. Remove one first.
# The upload needs the network; everything typed stays saved.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-offline = “{ $name }” could not be uploaded because there is no connection. Choose the file again once you are back online. Everything else you entered stays saved.
# Accessible name of the progress bar of a file being uploaded.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-uploading = Uploading “{ $name }”
# Button next to an uploaded file; the file's name follows for screen readers.
wizard-file-remove = Remove
# Accessible name of the list of uploaded files.
# Variables:
#   $label (String) - the field's question
wizard-file-list-label = Uploaded files: { $label }

# Variables:
#   $label (String) - the field's question
wizard-error-control-character = { $label }: the answer contains invisible control characters. Type it again.
# Variables:
#   $label (String) - the field's question
wizard-error-unknown-answer = { $label }: this answer does not belong to this application. Reload the page.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-files = { $label }: your account holds as many files as the portal keeps. Remove a file.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-bytes = { $label }: your account uses as much space as the portal keeps. Remove a file, or choose a smaller one.
