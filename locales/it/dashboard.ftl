# The dashboard: the list of the signed-in person's cases.

dashboard-title = Le mie pratiche
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Nessuna pratica aperta
        [one] 1 pratica aperta
       *[other] { $count } pratiche aperte
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Nulla la attende
        [one] 1 pratica attende una sua azione
       *[other] { $count } pratiche attendono una sua azione
    }
dashboard-empty-title = Ancora nessuna pratica
dashboard-empty-text = Non appena inoltra una richiesta o un’autorità le invia qualcosa, lo vedrà qui.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Termine
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Evasione prevista entro il
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Nuova richiesta
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Le sue richieste iniziate
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – continua (salvata il { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Le domande iniziate restano salvate per { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } dopo l’ultima modifica, poi vengono cancellate.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = salvata fino al { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Cancellare
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Cancellare questa domanda?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Cancellare «{ $service }» con tutti i dati e i file caricati? L’operazione è definitiva.
dashboard-draft-delete-cancel = Annullare
dashboard-draft-delete-confirm = Sì, cancellare
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = «{ $service }» è stata cancellata.
