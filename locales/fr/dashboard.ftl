# The dashboard: the list of the signed-in person's cases.

dashboard-title = Mes dossiers
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Aucun dossier en cours
        [one] 1 dossier en cours
       *[other] { $count } dossiers en cours
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Rien ne vous attend
        [one] 1 dossier attend votre action
       *[other] { $count } dossiers attendent votre action
    }
dashboard-empty-title = Aucun dossier pour l’instant
dashboard-empty-text = Dès que vous déposez une demande ou qu’une autorité vous envoie quelque chose, vous le verrez ici.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Délai
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Traitement prévu d’ici au
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Nouvelle demande
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Vos demandes commencées
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – reprendre (enregistrée le { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Les demandes commencées sont conservées { $days ->
        [one] un jour
       *[other] { $days } jours
    } après la dernière modification, puis supprimées.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = conservée jusqu’au { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Supprimer
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Supprimer cette demande ?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Supprimer « { $service } » avec toutes ses données et tous les fichiers téléversés ? Cette action est définitive.
dashboard-draft-delete-cancel = Annuler
dashboard-draft-delete-confirm = Oui, supprimer
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = « { $service } » a été supprimée.
