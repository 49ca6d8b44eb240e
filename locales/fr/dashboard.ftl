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
