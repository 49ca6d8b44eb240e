# The steps of an online application, "check your answers" and the confirmation. Questions,
# hints and options come from the portal; these are the words around them.

wizard-unavailable-title = Demande non disponible
wizard-back = Retour
# Above each step's heading.
# Variables:
#   $current (Number) - the number of this step
#   $total (Number) - how many steps there are (it can change with the answers)
wizard-step-of = Étape { $current } sur { $total }
wizard-continue = Continuer
# The button on a step opened from "check your answers".
wizard-save-and-return = Enregistrer et revenir au récapitulatif
# After the label of a field that may stay empty.
wizard-optional = (facultatif)
# Opens the longer explanation of a field.
wizard-help = Aide pour cette question
# The first, empty entry of a drop-down list.
wizard-select-placeholder = Veuillez choisir
wizard-yes = Oui
wizard-no = Non
wizard-address-street = Rue
wizard-address-number = Numéro
wizard-address-postcode = NPA
wizard-address-locality = Localité
wizard-municipality-label = Commune
wizard-municipality-hint = Plusieurs communes correspondent à ce NPA. Choisissez la vôtre.
# Above the localities of a postcode that has several, e.g. 7742: La Rösa, Poschiavo, Sfazù.
wizard-locality-label = Choisir la localité
wizard-locality-hint = Plusieurs localités correspondent à ce NPA. Choisissez la vôtre.
# Confirms the municipality found for a postcode.
# Variables:
#   $municipality (String) - the municipality and canton, e.g. "Luzern (LU)"
wizard-municipality-found = Commune : { $municipality }
wizard-postcode-lookup-failed = Impossible de rechercher ce NPA pour le moment. Saisissez vous-même la localité.
# Adds one more item to a repeatable group.
# Variables:
#   $item (String) - what one item is, e.g. "Person"
wizard-group-add = Ajouter : { $item }
# Removes one item of a repeatable group.
# Variables:
#   $item (String) - the item with its number, e.g. "Person 2"
wizard-group-remove = Supprimer : { $item }

# How an error message names one part of an address.
# Variables:
#   $field (String) - the question, e.g. "Neue Adresse"
#   $part (String) - the part, e.g. "Postleitzahl"
wizard-label-part = { $field } : { $part }
# How an error message names a field of one item of a group.
# Variables:
#   $item (String) - the item and its number, e.g. "Person 2"
#   $field (String) - the question, e.g. "Geburtsdatum"
wizard-label-item = { $item } : { $field }

# Shown (and announced politely) while the answers are being saved.
wizard-save-saving = Enregistrement …
# Variables:
#   $time (String) - when the answers were last saved, e.g. "14:03"
wizard-save-saved = Enregistré à { $time }
wizard-save-offline = Pas de connexion : vos indications sont conservées sur cet appareil et seront envoyées dès le retour de la connexion.
wizard-save-failed = Vos indications n’ont pas pu être enregistrées. Elles sont conservées sur cet appareil.
# Shown at the top of a step while the device has no network.
wizard-offline-notice = Vous êtes hors ligne. Vous pouvez continuer à remplir ; rien n’est perdu.

wizard-conflict-title = Cette demande a été modifiée ailleurs
# Shown when a save meets a newer version saved elsewhere; the citizen chooses.
# Variables:
#   $saved (String) - when the other version was saved, e.g. "23.11.2026, 14:03"
wizard-conflict-text = Cette demande a été enregistrée sur un autre appareil ou dans une autre fenêtre le { $saved }. Quelle version souhaitez-vous garder ?
wizard-conflict-keep-mine = Garder mes indications
wizard-conflict-use-theirs = Reprendre l’autre version

## Error messages. Each names the field: $label is its question, e.g. "Geburtsdatum" or
## "Neue Adresse: Postleitzahl".

# Variables:
#   $label (String) - the field's question
wizard-error-required = { $label } : veuillez remplir ce champ.
# Variables:
#   $label (String) - the field's question
wizard-error-too-long = { $label } : l’indication est trop longue.
# Variables:
#   $label (String) - the field's question
wizard-error-number-invalid = { $label } : saisissez un nombre, par exemple 2.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-small = { $label } : le nombre est trop petit.
# Variables:
#   $label (String) - the field's question
wizard-error-number-too-large = { $label } : le nombre est trop grand.
# Variables:
#   $label (String) - the field's question
wizard-error-date-invalid = { $label } : saisissez une date valable.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-past = { $label } : la date ne peut pas être dans le passé.
# Variables:
#   $label (String) - the field's question
wizard-error-date-in-future = { $label } : la date ne peut pas être dans le futur.
# Variables:
#   $label (String) - the field's question
wizard-error-choice-unknown = { $label } : choisissez l’une des options proposées.
# Variables:
#   $label (String) - the field's question
wizard-error-email-invalid = { $label } : saisissez une adresse e-mail telle que name@exemple.ch.
# Variables:
#   $label (String) - the field's question
wizard-error-phone-invalid = { $label } : saisissez un numéro de téléphone tel que 041 123 45 67 ou +41 41 123 45 67.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-invalid = { $label } : un NPA compte quatre chiffres, par exemple 6005.
# Variables:
#   $label (String) - the field's question
wizard-error-postcode-unknown = { $label } : ce NPA n’existe pas en Suisse.
# Variables:
#   $label (String) - the field's question
wizard-error-municipality-mismatch = { $label } : cette commune ne correspond pas au NPA. Faites un nouveau choix.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-format = { $label } : le numéro AVS compte 13 chiffres et commence par 756, par exemple 756.1234.5678.97.
# Variables:
#   $label (String) - the field's question
wizard-error-ahv-checksum = { $label } : ce numéro AVS n’est pas correct. Vérifiez les chiffres sur votre carte.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-format = { $label } : un IBAN compte 21 caractères et commence par CH, par exemple CH93 0076 2011 6238 5295 7.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-checksum = { $label } : cet IBAN n’est pas correct. Vérifiez les caractères.
# Variables:
#   $label (String) - the field's question
wizard-error-iban-country = { $label } : indiquez un compte en Suisse ou au Liechtenstein.
# Variables:
#   $label (String) - the field's question
wizard-error-plate-invalid = { $label } : saisissez le numéro de la plaque de contrôle sous la forme LU 123456.
# Variables:
#   $label (String) - the field's question
wizard-error-file-too-large = { $label } : le fichier est trop volumineux.
# Variables:
#   $label (String) - the field's question
wizard-error-file-type = { $label } : ce type de fichier n’est pas accepté.
# Variables:
#   $label (String) - the field's question
wizard-error-files-too-many = { $label } : il y a trop de fichiers. Supprimez-en un.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-few = { $label } : ajoutez au moins une entrée.
# Variables:
#   $label (String) - the field's question
wizard-error-group-too-many = { $label } : il y a trop d’entrées.
# Shown when a link or an old tab skips a step that is not complete.
wizard-error-step-not-reachable = Veuillez d’abord remplir les étapes précédentes.
# Variables:
#   $label (String) - the field's question
wizard-error-invalid = { $label } : cette indication n’est pas valable.

## Check your answers, submission and confirmation.

wizard-check-title = Vérifier vos indications
# The link next to each answer, followed (for screen readers) by the question.
wizard-change = Modifier
wizard-not-answered = Aucune indication
wizard-fee-title = Émolument
wizard-fee-total = Total
# Under the fee on "check your answers".
# Variables:
#   $amount (String) - the total, e.g. "CHF 62.00"
wizard-fee-invoice-note = Après l’envoi, vous recevrez une facture de { $amount } avec bulletin de versement QR.
wizard-submit-title = Envoyer la demande
wizard-submit-text = En envoyant la demande, vous confirmez que vos indications sont exactes.
wizard-submit = Envoyer la demande
wizard-submitting = Envoi en cours …
wizard-done-title = Demande déposée
wizard-done-reference = Votre numéro de référence
wizard-done-payment-title = L’émolument n’est pas encore payé
# Says plainly that the application is not finished until the fee is paid.
# Variables:
#   $amount (String) - the fee, e.g. "CHF 62.00"
wizard-done-payment-text = Veuillez payer { $amount } dans les 30 jours au moyen du bulletin de versement QR joint à la facture. Nous traiterons votre demande dès réception du paiement.
wizard-done-documents = Vos documents
wizard-done-receipt = Télécharger l’accusé de réception (PDF)
wizard-done-invoice = Télécharger la facture avec bulletin de versement QR (PDF)
wizard-done-next-title = La suite
wizard-done-case-link = Voir le dossier et son état actuel
wizard-done-dashboard-link = Vers mes dossiers

# Under a file field: what it accepts.
# Variables:
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
#   $size (String) - the largest size per file, e.g. "5 MB"
#   $count (Number) - how many files the field takes
wizard-file-limits = { $count ->
        [one] Un fichier au format { $types }, { $size } au maximum.
       *[other] Jusqu’à { $count } fichiers au format { $types }, { $size } au maximum chacun.
    }
# A file refused because it is too big; the field stays usable.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $size (String) - its size, e.g. "12.3 MB"
#   $max (String) - the largest size allowed per file, e.g. "5 MB"
wizard-file-too-large = « { $name } » est trop volumineux ({ $size }). Chaque fichier peut peser au maximum { $max }. Choisissez un fichier plus petit, par exemple un scan d’une résolution plus basse.
# A file refused because of its format (checked again by the server from its content).
# Variables:
#   $name (String) - the file's name, e.g. "Scan.heic"
#   $types (String) - the accepted formats, e.g. "PDF, JPEG, PNG"
wizard-file-wrong-type = « { $name } » ne peut pas être téléversé. Seuls ces formats sont acceptés : { $types }.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
#   $count (Number) - how many files the field takes
wizard-file-too-many = « { $name } » n’a pas été téléversé : ce champ accepte au maximum { $count ->
        [one] un fichier
       *[other] { $count } fichiers
    }. Supprimez-en d’abord un.
# The upload needs the network; everything typed stays saved.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-offline = « { $name } » n’a pas pu être téléversé faute de connexion. Choisissez à nouveau le fichier dès que vous êtes de nouveau en ligne. Toutes vos autres données restent enregistrées.
# Accessible name of the progress bar of a file being uploaded.
# Variables:
#   $name (String) - the file's name, e.g. "Scan.pdf"
wizard-file-uploading = Téléversement de « { $name } »
# Button next to an uploaded file; the file's name follows for screen readers.
wizard-file-remove = Supprimer
# Accessible name of the list of uploaded files.
# Variables:
#   $label (String) - the field's question
wizard-file-list-label = Fichiers téléversés : { $label }

# Variables:
#   $label (String) - the field's question
wizard-error-control-character = { $label } : la réponse contient des caractères de contrôle invisibles. Retapez-la.
# Variables:
#   $label (String) - the field's question
wizard-error-unknown-answer = { $label } : cette réponse n’appartient pas à cette demande. Rechargez la page.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-files = { $label } : votre compte contient autant de fichiers que le portail en conserve. Retirez un fichier.
# Variables:
#   $label (String) - the field's question
wizard-error-quota-bytes = { $label } : votre compte occupe autant d’espace que le portail en conserve. Retirez un fichier ou choisissez-en un plus petit.
