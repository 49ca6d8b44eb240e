# The steps of an online application, "check your answers" and the confirmation. Questions,
# hints and options come from the portal; these are the words around them.

wizard-unavailable-title = Richiesta non disponibile
wizard-back = Indietro
# Above each step's heading.
# Variables:
#   $current (Number) - the number of this step
#   $total (Number) - how many steps there are (it can change with the answers)
wizard-step-of = Passo { $current } di { $total }
wizard-continue = Avanti
# The button on a step opened from "check your answers".
wizard-save-and-return = Salva e torna al riepilogo
# After the label of a field that may stay empty.
wizard-optional = (facoltativo)
# Opens the longer explanation of a field.
wizard-help = Aiuto per questa domanda
# The first, empty entry of a drop-down list.
wizard-select-placeholder = Scelga un’opzione
wizard-yes = Sì
wizard-no = No
wizard-address-street = Via
wizard-address-number = Numero civico
wizard-address-postcode = NPA
wizard-address-locality = Località
wizard-municipality-label = Comune
wizard-municipality-hint = A questo NPA corrispondono più comuni. Scelga il suo.
# Above the localities of a postcode that has several, e.g. 7742: La Rösa, Poschiavo, Sfazù.
wizard-locality-label = Scegliere la località
wizard-locality-hint = A questo NPA corrispondono più località. Scelga la sua.
# Confirms the municipality found for a postcode.
# Variables:
#   $municipality (String) - the municipality and canton, e.g. "Luzern (LU)"
wizard-municipality-found = Comune: { $municipality }
wizard-postcode-lookup-failed = Al momento non è stato possibile cercare questo NPA. Inserisca lei la località.
# Adds one more item to a repeatable group.
# Variables:
#   $item (String) - what one item is, e.g. "Person"
wizard-group-add = Aggiungi: { $item }
# Removes one item of a repeatable group.
# Variables:
#   $item (String) - the item with its number, e.g. "Person 2"
wizard-group-remove = Rimuovi: { $item }

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
wizard-save-saving = Salvataggio …
# Variables:
#   $time (String) - when the answers were last saved, e.g. "14:03"
wizard-save-saved = Salvato alle { $time }
wizard-save-offline = Nessuna connessione: i suoi dati sono conservati su questo dispositivo e verranno inviati non appena la connessione tornerà.
wizard-save-failed = Non è stato possibile salvare i suoi dati. Sono conservati su questo dispositivo.
# Shown at the top of a step while the device has no network.
wizard-offline-notice = È offline. Può continuare a compilare; nulla va perso.

wizard-conflict-title = Questa richiesta è stata modificata altrove
# Shown when a save meets a newer version saved elsewhere; the citizen chooses.
# Variables:
#   $saved (String) - when the other version was saved, e.g. "23.11.2026, 14:03"
wizard-conflict-text = Questa richiesta è stata salvata su un altro dispositivo o in un’altra finestra il { $saved }. Quale versione desidera tenere?
wizard-conflict-keep-mine = Tenere i miei dati
wizard-conflict-use-theirs = Riprendere l’altra versione

## Error messages. Each names the field: $label is its question, e.g. "Geburtsdatum" or
## "Neue Adresse: Postleitzahl".

# Variables:
#   $label (String) - the field's question
wizard-error-required = { $label }: compili questo campo.
# Variables:
#   $label (String) - the field's question
wizard-error-too-long = { $label }: il dato è troppo lungo.
# Variables:
#   $label (String) - the field's question
wizard-error-number-invalid = { $label }: inserisca un numero, per esempio 2.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-small = { $label }: il numero è troppo piccolo.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-large = { $label }: il numero è troppo grande.
# Variables:
#   $label (String) - the field's question
wizard-error-date-invalid = { $label }: inserisca una data valida.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-past = { $label }: la data non può essere nel passato.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-future = { $label }: la data non può essere nel futuro.
# Variables:
#   $label (String) - the field's question
wizard-error-choice-unknown = { $label }: scelga una delle opzioni.
# Variables:
#   $label (String) - the field's question
wizard-error-email-invalid = { $label }: inserisca un indirizzo e-mail come name@esempio.ch.
# Variables:
#   $label (String) - the field's question
wizard-error-phone-invalid = { $label }: inserisca un numero di telefono come 041 123 45 67 o +41 41 123 45 67.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-invalid = { $label }: un NPA ha quattro cifre, per esempio 6005.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-unknown = { $label }: questo NPA non esiste in Svizzera.
# Variables:
#   $label (String) - the field's question
wizard-error-municipality-mismatch = { $label }: il comune scelto non corrisponde a questo NPA. Scelga di nuovo.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-format = { $label }: il numero AVS ha 13 cifre e inizia con 756, per esempio 756.1234.5678.97.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-checksum = { $label }: questo numero AVS non è corretto. Verifichi le cifre sulla sua tessera.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-format = { $label }: un IBAN ha 21 caratteri e inizia con CH, per esempio CH93 0076 2011 6238 5295 7.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-checksum = { $label }: questo IBAN non è corretto. Verifichi i caratteri.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-country = { $label }: indichi un conto in Svizzera o nel Liechtenstein.
# Variables:
#   $label (String) - the field's question
wizard-error-plate-invalid = { $label }: inserisca la targa nel formato LU 123456.
# Variables:
#   $label (String) - the field's question
wizard-error-file-too-large = { $label }: il file è troppo grande.
# Variables:
#   $label (String) - the field's question
wizard-error-file-type = { $label }: questo tipo di file non è accettato.
# Variables:
#   $label (String) - the field's question
wizard-error-files-too-many = { $label }: ci sono troppi file. Ne rimuova uno.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-few = { $label }: aggiunga almeno una voce.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-many = { $label }: le voci sono troppe.
# Shown when a link or an old tab skips a step that is not complete.
wizard-error-step-not-reachable = Compili prima i passi precedenti.
# Variables:
#   $label (String) - the field's question
wizard-error-invalid = { $label }: questo dato non è valido.

## Check your answers, submission and confirmation.

wizard-check-title = Verifichi i suoi dati
# The link next to each answer, followed (for screen readers) by the question.
wizard-change = Modifica
wizard-not-answered = Nessun dato
wizard-fee-title = Tassa
wizard-fee-total = Totale
# Under the fee on "check your answers".
# Variables:
#   $amount (String) - the total, e.g. "CHF 62.00"
wizard-fee-invoice-note = Dopo l’invio riceverà una fattura di { $amount } con polizza di versamento QR.
wizard-submit-title = Invia la richiesta
wizard-submit-text = Inviando la richiesta conferma che i suoi dati sono corretti.
wizard-submit = Invia la richiesta
wizard-submitting = Invio in corso …
wizard-done-title = Richiesta inoltrata
wizard-done-reference = Il suo numero di riferimento
wizard-done-payment-title = La tassa non è ancora stata pagata
# Says plainly that the application is not finished until the fee is paid.
# Variables:
#   $amount (String) - the fee, e.g. "CHF 62.00"
wizard-done-payment-text = Paghi { $amount } entro 30 giorni con la polizza di versamento QR allegata alla fattura. Tratteremo la sua richiesta non appena avremo ricevuto il pagamento.
wizard-done-documents = I suoi documenti
wizard-done-receipt = Scarica la conferma di ricezione (PDF)
wizard-done-invoice = Scarica la fattura con polizza di versamento QR (PDF)
wizard-done-next-title = I prossimi passi
wizard-done-case-link = Alla pratica e al suo stato attuale
wizard-done-dashboard-link = Alle mie pratiche

# Under a file field: what it accepts.
# Variables:
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
#   $size (String) - the largest size per file, e.g. "5 MB"
#   $count (Number) - how many files the field takes
wizard-file-limits = { $count ->
        [one] Un file in formato { $types }, al massimo { $size }.
       *[other] Fino a { $count } file in formato { $types }, ciascuno al massimo { $size }.
    }
# A file refused because it is too big; the field stays usable.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $size (String) - its size, e.g. "12.3 MB"
#   $max (String) - the largest size allowed per file, e.g. "5 MB"
wizard-file-too-large = «{ $name }» è troppo grande ({ $size }). Ogni file può pesare al massimo { $max }. Scelga un file più piccolo, per esempio una scansione a risoluzione più bassa.
# A file refused because of its format (checked again by the server from its content).
# Variables:
#   $name (String) - the file's name, e.g. "Scan.heic"
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
wizard-file-wrong-type = «{ $name }» non può essere caricato. Sono accettati solo questi formati: { $types }.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $count (Number) - how many files the field takes
wizard-file-too-many = «{ $name }» non è stato caricato: questo campo accetta al massimo { $count ->
        [one] un file
       *[other] { $count } file
    }. Ne rimuova prima uno.
# The upload needs the network; everything typed stays saved.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-offline = «{ $name }» non ha potuto essere caricato perché manca la connessione. Scelga di nuovo il file quando sarà di nuovo online. Tutti gli altri dati restano salvati.
# Accessible name of the progress bar of a file being uploaded.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-uploading = Caricamento di «{ $name }»
# Button next to an uploaded file; the file's name follows for screen readers.
wizard-file-remove = Rimuovere
# Accessible name of the list of uploaded files.
# Variables:
#   $label (String) - the field's question
wizard-file-list-label = File caricati: { $label }

# Variables:
#   $label (String) - the field's question
wizard-error-control-character = { $label }: la risposta contiene caratteri di controllo invisibili. La riscriva.
# Variables:
#   $label (String) - the field's question
wizard-error-unknown-answer = { $label }: questa risposta non appartiene a questa domanda. Ricarichi la pagina.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-files = { $label }: il suo conto contiene tanti file quanti il portale ne conserva. Rimuova un file.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-bytes = { $label }: il suo conto occupa tanto spazio quanto il portale ne conserva. Rimuova un file o ne scelga uno più piccolo.
