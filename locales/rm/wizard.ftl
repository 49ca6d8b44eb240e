# The steps of an online application, "check your answers" and the confirmation. Questions,
# hints and options come from the portal; these are the words around them.

wizard-unavailable-title = Dumonda betg disponibla
wizard-back = Enavos
# Above each step's heading.
# Variables:
#   $current (Number) - the number of this step
#   $total (Number) - how many steps there are (it can change with the answers)
wizard-step-of = Pass { $current } da { $total }
wizard-continue = Vinavant
# The button on a step opened from "check your answers".
wizard-save-and-return = Memorisar e turnar a la survista
# After the label of a field that may stay empty.
wizard-optional = (facultativ)
# Opens the longer explanation of a field.
wizard-help = Agid tar questa dumonda
# The first, empty entry of a drop-down list.
wizard-select-placeholder = Tscherni per plaschair
wizard-yes = Gea
wizard-no = Na
wizard-address-street = Via
wizard-address-number = Numer da chasa
wizard-address-postcode = Numer postal
wizard-address-locality = Lieu
wizard-municipality-label = Vischnanca
wizard-municipality-hint = Tar quest numer postal tutgan pliras vischnancas. Tscherni la Vossa.
# Above the localities of a postcode that has several, e.g. 7742: La Rösa, Poschiavo, Sfazù.
wizard-locality-label = Tscherner il lieu
wizard-locality-hint = Tar quest numer postal tutgan plirs lieus. Tscherni il Voss.
# Confirms the municipality found for a postcode.
# Variables:
#   $municipality (String) - the municipality and canton, e.g. "Luzern (LU)"
wizard-municipality-found = Vischnanca: { $municipality }
wizard-postcode-lookup-failed = Per il mument na pudain nus betg tschertgar quest numer postal. Endatai Vus sezs il lieu.
# Adds one more item to a repeatable group.
# Variables:
#   $item (String) - what one item is, e.g. "Person"
wizard-group-add = Agiuntar: { $item }
# Removes one item of a repeatable group.
# Variables:
#   $item (String) - the item with its number, e.g. "Person 2"
wizard-group-remove = Allontanar: { $item }

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
wizard-save-saving = Vegn memorisà …
# Variables:
#   $time (String) - when the answers were last saved, e.g. "14:03"
wizard-save-saved = Memorisà a las { $time }
wizard-save-offline = Nagina colliaziun: Vossas indicaziuns èn memorisadas sin quest apparat e vegnan tramessas uschespert che la colliaziun è puspè qua.
wizard-save-failed = Vossas indicaziuns n’han betg pudì vegnir memorisadas. Ellas èn memorisadas sin quest apparat.
# Shown at the top of a step while the device has no network.
wizard-offline-notice = Vus essas offline. Vus pudais cuntinuar ad emplenir; nagut na va a perder.

wizard-conflict-title = Questa dumonda è vegnida midada en in auter lieu
# Shown when a save meets a newer version saved elsewhere; the citizen chooses.
# Variables:
#   $saved (String) - when the other version was saved, e.g. "23.11.2026, 14:03"
wizard-conflict-text = Questa dumonda è vegnida memorisada sin in auter apparat u en ina autra fanestra ils { $saved }. Tge versiun vulais Vus tegnair?
wizard-conflict-keep-mine = Tegnair mias indicaziuns
wizard-conflict-use-theirs = Surpigliar l’autra versiun

## Error messages. Each names the field: $label is its question, e.g. "Geburtsdatum" or
## "Neue Adresse: Postleitzahl".

# Variables:
#   $label (String) - the field's question
wizard-error-required = { $label }: quest champ sto vegnir emplenì.
# Variables:
#   $label (String) - the field's question
wizard-error-too-long = { $label }: l’indicaziun è memia lunga.
# Variables:
#   $label (String) - the field's question
wizard-error-number-invalid = { $label }: endatai in numer, per exempel 2.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-small = { $label }: il numer è memia pitschen.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-large = { $label }: il numer è memia grond.
# Variables:
#   $label (String) - the field's question
wizard-error-date-invalid = { $label }: endatai ina data valaivla.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-past = { $label }: la data na dastga betg esser en il passà.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-future = { $label }: la data na dastga betg esser en il futur.
# Variables:
#   $label (String) - the field's question
wizard-error-choice-unknown = { $label }: tscherni ina da las pussaivladads.
# Variables:
#   $label (String) - the field's question
wizard-error-email-invalid = { $label }: endatai ina adressa d’e-mail sco name@exempel.ch.
# Variables:
#   $label (String) - the field's question
wizard-error-phone-invalid = { $label }: endatai in numer da telefon sco 041 123 45 67 u +41 41 123 45 67.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-invalid = { $label }: in numer postal ha quatter cifras, per exempel 6005.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-unknown = { $label }: quest numer postal na exista betg en Svizra.
# Variables:
#   $label (String) - the field's question
wizard-error-municipality-mismatch = { $label }: questa vischnanca na tutga betg tar il numer postal. Tscherni danovamain.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-format = { $label }: il numer AVS ha 13 cifras e cumenza cun 756, per exempel 756.1234.5678.97.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-checksum = { $label }: quest numer AVS n’è betg correct. Controllai las cifras sin Vossa carta.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-format = { $label }: in IBAN ha 21 caracters e cumenza cun CH, per exempel CH93 0076 2011 6238 5295 7.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-checksum = { $label }: quest IBAN n’è betg correct. Controllai ils caracters.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-country = { $label }: indicai in conto en Svizra u en il Liechtenstein.
# Variables:
#   $label (String) - the field's question
wizard-error-plate-invalid = { $label }: endatai il numer da controlla sco LU 123456.
# Variables:
#   $label (String) - the field's question
wizard-error-file-too-large = { $label }: la datoteca è memia gronda.
# Variables:
#   $label (String) - the field's question
wizard-error-file-type = { $label }: quest tip da datoteca na vegn betg acceptà.
# Variables:
#   $label (String) - the field's question
wizard-error-files-too-many = { $label }: i dat memia bleras datotecas. Allontanai ina.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-few = { $label }: agiuntai almain ina endataziun.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-many = { $label }: quai èn memia bleras endataziuns.
# Shown when a link or an old tab skips a step that is not complete.
wizard-error-step-not-reachable = Terminai per plaschair l’emprim ils pass precedents.
# Variables:
#   $label (String) - the field's question
wizard-error-invalid = { $label }: questa indicaziun n’è betg valaivla.

## Check your answers, submission and confirmation.

wizard-check-title = Controllar las indicaziuns
# The link next to each answer, followed (for screen readers) by the question.
wizard-change = Midar
wizard-not-answered = Nagina indicaziun
wizard-fee-title = Taxa
wizard-fee-total = Total
# Under the fee on "check your answers".
# Variables:
#   $amount (String) - the total, e.g. "CHF 62.00"
wizard-fee-invoice-note = Suenter che Vus avais tramess la dumonda, survegnis Vus in quint QR da { $amount }.
wizard-submit-title = Trametter la dumonda
wizard-submit-text = Cun trametter la dumonda confermais Vus che Vossas indicaziuns èn correctas.
wizard-submit = Trametter la dumonda
wizard-submitting = Vegn tramess …
wizard-done-title = Dumonda inoltrada
wizard-done-reference = Voss numer da referenza
wizard-done-payment-title = La taxa n’è anc betg pajada
# Says plainly that the application is not finished until the fee is paid.
# Variables:
#   $amount (String) - the fee, e.g. "CHF 62.00"
wizard-done-payment-text = Pajai per plaschair { $amount } entaifer 30 dis cun il quint QR. Nus elavurain Vossa dumonda, uschespert ch’il pajament è arrivà.
wizard-done-documents = Voss documents
wizard-done-receipt = Telechargiar la confirmaziun da retschavida (PDF)
wizard-done-invoice = Telechargiar il quint QR (PDF)
wizard-done-next-title = Co ch’i va vinavant
wizard-done-case-link = Tar la fatschenta cun il stadi actual
wizard-done-dashboard-link = Tar mias fatschentas

# Under a file field: what it accepts.
# Variables:
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
#   $size (String) - the largest size per file, e.g. "5 MB"
#   $count (Number) - how many files the field takes
wizard-file-limits = { $count ->
        [one] Ina datoteca en il format { $types }, maximalmain { $size }.
       *[other] Fin a { $count } datotecas en il format { $types }, mintgamaina maximalmain { $size }.
    }
# A file refused because it is too big; the field stays usable.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $size (String) - its size, e.g. "12.3 MB"
#   $max (String) - the largest size allowed per file, e.g. "5 MB"
wizard-file-too-large = «{ $name }» è memia gronda ({ $size }). Mintga datoteca dastga avair maximalmain { $max }. Tschernai ina datoteca pli pitschna, per exempel in scan cun ina resoluziun pli bassa.
# A file refused because of its format (checked again by the server from its content).
# Variables:
#   $name (String) - the file's name, e.g. "Scan.heic"
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
wizard-file-wrong-type = «{ $name }» na po betg vegnir chargià si. Acceptads èn mo quests formats: { $types }.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $count (Number) - how many files the field takes
wizard-file-too-many = «{ $name }» n’è betg vegnì chargià si: quest champ accepta maximalmain { $count ->
        [one] ina datoteca
       *[other] { $count } datotecas
    }. Allontanai l’emprim ina.
# The upload needs the network; everything typed stays saved.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-offline = «{ $name }» n’ha betg pudì vegnir chargià si, perquai ch’i na dat nagina connexiun. Tschernai danovamain la datoteca uschespert che Vus essas puspè online. Tut las autras indicaziuns restan memorisadas.
# Accessible name of the progress bar of a file being uploaded.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-uploading = «{ $name }» vegn chargià si
# Button next to an uploaded file; the file's name follows for screen readers.
wizard-file-remove = Allontanar
# Accessible name of the list of uploaded files.
# Variables:
#   $label (String) - the field's question
wizard-file-list-label = Datotecas chargiadas si: { $label }

# Variables:
#   $label (String) - the field's question
wizard-error-control-character = { $label }: la resposta cuntegna caracters da controlla invisibels. Tippai da nov.
# Variables:
#   $label (String) - the field's question
wizard-error-unknown-answer = { $label }: questa resposta na tutga betg tar questa dumonda. Chargiai da nov la pagina.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-files = { $label }: voss conto ha uschè bleras datotecas sco il portal tegna en salv. Allontanai ina datoteca.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-bytes = { $label }: voss conto occupa uschè bler spazi sco il portal tegna en salv. Allontanai ina datoteca u tschernai ina pli pitschna.
