# The steps of an online application, "check your answers" and the confirmation. Questions,
# hints and options come from the portal; these are the words around them.

wizard-unavailable-title = Antrag nicht verfügbar
wizard-back = Zurück
# Above each step's heading.
# Variables:
#   $current (Number) - the number of this step
#   $total (Number) - how many steps there are (it can change with the answers)
wizard-step-of = Schritt { $current } von { $total }
wizard-continue = Weiter
# The button on a step opened from "check your answers".
wizard-save-and-return = Speichern und zur Übersicht
# After the label of a field that may stay empty.
wizard-optional = (freiwillig)
# Opens the longer explanation of a field.
wizard-help = Hilfe zu dieser Frage
# The first, empty entry of a drop-down list.
wizard-select-placeholder = Bitte wählen
wizard-yes = Ja
wizard-no = Nein
wizard-address-street = Strasse
wizard-address-number = Hausnummer
wizard-address-postcode = Postleitzahl
wizard-address-locality = Ort
wizard-municipality-label = Gemeinde
wizard-municipality-hint = Zu dieser Postleitzahl gehören mehrere Gemeinden. Wählen Sie Ihre.
# Above the localities of a postcode that has several, e.g. 7742: La Rösa, Poschiavo, Sfazù.
wizard-locality-label = Welcher Ort?
wizard-locality-hint = Zu dieser Postleitzahl gehören mehrere Orte. Wählen Sie Ihren.
# Confirms the municipality found for a postcode.
# Variables:
#   $municipality (String) - the municipality and canton, e.g. "Luzern (LU)"
wizard-municipality-found = Gemeinde: { $municipality }
wizard-postcode-lookup-failed = Die Postleitzahl konnte gerade nicht nachgeschlagen werden. Geben Sie den Ort selbst ein.
# Adds one more item to a repeatable group.
# Variables:
#   $item (String) - what one item is, e.g. "Person"
wizard-group-add = { $item } hinzufügen
# Removes one item of a repeatable group.
# Variables:
#   $item (String) - the item with its number, e.g. "Person 2"
wizard-group-remove = { $item } entfernen

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
wizard-save-saving = Wird gespeichert …
# Variables:
#   $time (String) - when the answers were last saved, e.g. "14:03"
wizard-save-saved = Gespeichert um { $time }
wizard-save-offline = Keine Verbindung: Ihre Angaben sind auf diesem Gerät gespeichert und werden gesendet, sobald die Verbindung zurück ist.
wizard-save-failed = Ihre Angaben konnten nicht gespeichert werden. Sie sind auf diesem Gerät gesichert.
# Shown at the top of a step while the device has no network.
wizard-offline-notice = Sie sind offline. Sie können weiter ausfüllen; nichts geht verloren.

wizard-conflict-title = Dieser Antrag wurde anderswo geändert
# Shown when a save meets a newer version saved elsewhere; the citizen chooses.
# Variables:
#   $saved (String) - when the other version was saved, e.g. "23.11.2026, 14:03"
wizard-conflict-text = Auf einem anderen Gerät oder in einem anderen Fenster wurde dieser Antrag am { $saved } gespeichert. Welche Fassung wollen Sie behalten?
wizard-conflict-keep-mine = Meine Angaben behalten
wizard-conflict-use-theirs = Die andere Fassung übernehmen

## Error messages. Each names the field: $label is its question, e.g. "Geburtsdatum" or
## "Neue Adresse: Postleitzahl".

# Variables:
#   $label (String) - the field's question
wizard-error-required = { $label }: Bitte ausfüllen.
# Variables:
#   $label (String) - the field's question
wizard-error-too-long = { $label }: Die Angabe ist zu lang.
# Variables:
#   $label (String) - the field's question
wizard-error-number-invalid = { $label }: Geben Sie eine Zahl ein, zum Beispiel 2.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-small = { $label }: Die Zahl ist zu klein.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-large = { $label }: Die Zahl ist zu gross.
# Variables:
#   $label (String) - the field's question
wizard-error-date-invalid = { $label }: Geben Sie ein gültiges Datum ein.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-past = { $label }: Das Datum darf nicht in der Vergangenheit liegen.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-future = { $label }: Das Datum darf nicht in der Zukunft liegen.
# Variables:
#   $label (String) - the field's question
wizard-error-choice-unknown = { $label }: Wählen Sie eine der Möglichkeiten.
# Variables:
#   $label (String) - the field's question
wizard-error-email-invalid = { $label }: Geben Sie eine E-Mail-Adresse wie name@beispiel.ch ein.
# Variables:
#   $label (String) - the field's question
wizard-error-phone-invalid = { $label }: Geben Sie eine Telefonnummer wie 041 123 45 67 oder +41 41 123 45 67 ein.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-invalid = { $label }: Eine Postleitzahl hat vier Ziffern, zum Beispiel 6005.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-unknown = { $label }: Diese Postleitzahl gibt es in der Schweiz nicht.
# Variables:
#   $label (String) - the field's question
wizard-error-municipality-mismatch = { $label }: Diese Gemeinde gehört nicht zur Postleitzahl. Wählen Sie erneut.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-format = { $label }: Die AHV-Nummer hat 13 Ziffern und beginnt mit 756, zum Beispiel 756.1234.5678.97.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-checksum = { $label }: Diese AHV-Nummer stimmt nicht. Prüfen Sie die Ziffern auf Ihrem Ausweis.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-format = { $label }: Eine IBAN hat 21 Zeichen und beginnt mit CH, zum Beispiel CH93 0076 2011 6238 5295 7.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-checksum = { $label }: Diese IBAN stimmt nicht. Prüfen Sie die Zeichen.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-country = { $label }: Geben Sie ein Konto in der Schweiz oder in Liechtenstein an.
# Variables:
#   $label (String) - the field's question
wizard-error-plate-invalid = { $label }: Geben Sie das Kontrollschild wie LU 123456 ein.
# Variables:
#   $label (String) - the field's question
wizard-error-file-too-large = { $label }: Die Datei ist zu gross.
# Variables:
#   $label (String) - the field's question
wizard-error-file-type = { $label }: Diese Art von Datei wird nicht angenommen.
# Variables:
#   $label (String) - the field's question
wizard-error-files-too-many = { $label }: Es sind zu viele Dateien. Entfernen Sie eine.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-few = { $label }: Fügen Sie mindestens einen Eintrag hinzu.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-many = { $label }: Das sind zu viele Einträge.
# Shown when a link or an old tab skips a step that is not complete.
wizard-error-step-not-reachable = Bitte füllen Sie zuerst die vorherigen Schritte aus.
# Variables:
#   $label (String) - the field's question
wizard-error-invalid = { $label }: Diese Angabe ist nicht gültig.

## Check your answers, submission and confirmation.

wizard-check-title = Angaben prüfen
# The link next to each answer, followed (for screen readers) by the question.
wizard-change = Ändern
wizard-not-answered = Keine Angabe
wizard-fee-title = Gebühr
wizard-fee-total = Total
# Under the fee on "check your answers".
# Variables:
#   $amount (String) - the total, e.g. "CHF 62.00"
wizard-fee-invoice-note = Nach dem Absenden erhalten Sie eine Rechnung über { $amount } mit QR-Einzahlungsschein.
wizard-submit-title = Antrag absenden
wizard-submit-text = Mit dem Absenden bestätigen Sie, dass Ihre Angaben stimmen.
wizard-submit = Antrag absenden
wizard-submitting = Wird gesendet …
wizard-done-title = Antrag eingereicht
wizard-done-reference = Ihre Referenznummer
wizard-done-payment-title = Die Gebühr ist noch offen
# Says plainly that the application is not finished until the fee is paid.
# Variables:
#   $amount (String) - the fee, e.g. "CHF 62.00"
wizard-done-payment-text = Bitte bezahlen Sie { $amount } mit dem QR-Einzahlungsschein der Rechnung innert 30 Tagen. Wir bearbeiten Ihren Antrag, sobald die Zahlung eingegangen ist.
wizard-done-documents = Ihre Dokumente
wizard-done-receipt = Eingangsbestätigung herunterladen (PDF)
wizard-done-invoice = Rechnung mit QR-Einzahlungsschein herunterladen (PDF)
wizard-done-next-title = Wie es weitergeht
wizard-done-case-link = Zum Geschäft mit dem aktuellen Stand
wizard-done-dashboard-link = Zu meinen Geschäften

# Under a file field: what it accepts.
# Variables:
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
#   $size (String) - the largest size per file, e.g. "5 MB"
#   $count (Number) - how many files the field takes
wizard-file-limits = { $count ->
        [one] Eine Datei im Format { $types }, höchstens { $size }.
       *[other] Bis zu { $count } Dateien im Format { $types }, je höchstens { $size }.
    }
# A file refused because it is too big; the field stays usable.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $size (String) - its size, e.g. "12.3 MB"
#   $max (String) - the largest size allowed per file, e.g. "5 MB"
wizard-file-too-large = «{ $name }» ist zu gross ({ $size }). Erlaubt sind höchstens { $max } pro Datei. Wählen Sie eine kleinere Datei, zum Beispiel einen Scan mit geringerer Auflösung.
# A file refused because of its format (checked again by the server from its content).
# Variables:
#   $name (String) - the file's name, e.g. "Scan.heic"
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
wizard-file-wrong-type = «{ $name }» kann nicht hochgeladen werden. Erlaubt sind nur diese Formate: { $types }.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $count (Number) - how many files the field takes
wizard-file-too-many = «{ $name }» wurde nicht hochgeladen: Hier sind höchstens { $count ->
        [one] eine Datei
       *[other] { $count } Dateien
    } möglich. Entfernen Sie zuerst eine.
# The upload needs the network; everything typed stays saved.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-offline = «{ $name }» konnte nicht hochgeladen werden, weil keine Verbindung besteht. Wählen Sie die Datei erneut, sobald Sie wieder online sind. Ihre übrigen Angaben bleiben gespeichert.
# Accessible name of the progress bar of a file being uploaded.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-uploading = «{ $name }» wird hochgeladen
# Button next to an uploaded file; the file's name follows for screen readers.
wizard-file-remove = Entfernen
# Accessible name of the list of uploaded files.
# Variables:
#   $label (String) - the field's question
wizard-file-list-label = Hochgeladene Dateien: { $label }

# Variables:
#   $label (String) - the field's question
wizard-error-control-character = { $label }: Die Angabe enthält unsichtbare Steuerzeichen. Tippen Sie sie neu.
# Variables:
#   $label (String) - the field's question
wizard-error-unknown-answer = { $label }: Diese Angabe gehört nicht zu diesem Gesuch. Laden Sie die Seite neu.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-files = { $label }: Ihr Konto hat so viele Dateien, wie das Portal aufbewahrt. Entfernen Sie eine Datei.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-bytes = { $label }: Ihr Konto hat so viel Speicher belegt, wie das Portal aufbewahrt. Entfernen Sie eine Datei oder wählen Sie eine kleinere.
