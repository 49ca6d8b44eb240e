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
