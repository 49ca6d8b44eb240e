# The dashboard: the list of the signed-in person's cases.

dashboard-title = Meine Geschäfte
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Keine offenen Geschäfte
        [one] 1 offenes Geschäft
       *[other] { $count } offene Geschäfte
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Nichts wartet auf Sie
        [one] 1 Geschäft wartet auf Sie
       *[other] { $count } Geschäfte warten auf Sie
    }
dashboard-empty-title = Noch keine Geschäfte
dashboard-empty-text = Sobald Sie ein Gesuch einreichen oder eine Behörde Ihnen etwas zustellt, sehen Sie es hier.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Frist
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Voraussichtlich erledigt bis
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Neuen Antrag stellen
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Ihre angefangenen Anträge
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – weiterfahren (gespeichert am { $saved })
