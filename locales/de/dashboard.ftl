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
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Angefangene Anträge bleiben { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } nach der letzten Änderung gespeichert, dann werden sie gelöscht.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = gespeichert bis { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Löschen
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Antrag löschen?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = «{ $service }» mit allen Angaben und hochgeladenen Dateien löschen? Das lässt sich nicht rückgängig machen.
dashboard-draft-delete-cancel = Abbrechen
dashboard-draft-delete-confirm = Ja, löschen
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = «{ $service }» wurde gelöscht.
