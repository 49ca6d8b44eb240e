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

# The case list: filters, search, pages.
# Heading of the list of all cases, below the ones waiting for the citizen.
dashboard-all-cases = Tutte le pratiche
# Accessible name of the status filter links above the list.
dashboard-status-filters = Filtra per stato
# A filter link showing every case.
# Variables:
#   $count (Number) - number of cases matching the other filters
dashboard-all-count =
    { $count ->
        [one] 1 pratica
       *[other] Tutte le { $count } pratiche
    }
# A filter link showing completed and rejected cases.
# Variables:
#   $count (Number) - number of completed or rejected cases
dashboard-closed-count =
    { $count ->
        [0] Nessuna pratica chiusa
        [one] 1 pratica chiusa
       *[other] { $count } pratiche chiuse
    }
# Heading of the cases waiting for the citizen, soonest deadline first.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-title =
    { $count ->
        [one] Una pratica attende una sua azione
       *[other] { $count } pratiche attendono una sua azione
    }
# Button on a case waiting for the citizen: opens it where they can reply and send documents.
dashboard-action-link = Agire ora
# Accessible name of the search and filter form.
dashboard-filters = Cercare e filtrare le pratiche
dashboard-search-label = Cerca
# Below the search box: what the search looks at.
dashboard-search-hint = Riferimento o nome del servizio, p. es. GR-2026 o cane
dashboard-search-submit = Cerca
dashboard-filter-status = Stato
# The choice of a filter that does not narrow the list.
dashboard-filter-any = Tutti
# A status choice: received, in progress or waiting for the citizen.
dashboard-filter-open = Aperte
# A status choice: completed or rejected.
dashboard-filter-closed = Chiuse
dashboard-sort = Ordina per
dashboard-sort-updated = Ultima modifica, aperte prima
dashboard-sort-deadline = Termine, aperte prima
dashboard-sort-submitted = Data d’inoltro, più recenti prima
# Opens the further filters: service, authority, period.
dashboard-filter-more = Altri filtri
dashboard-filter-service = Servizio
dashboard-filter-from = Inoltrata dal
dashboard-filter-to = Inoltrata fino al
dashboard-filter-reset = Rimuovi tutti i filtri
# Announced when the list changes.
# Variables:
#   $count (Number) - number of cases found
dashboard-result-count =
    { $count ->
        [0] Nessuna pratica trovata
        [one] 1 pratica trovata
       *[other] { $count } pratiche trovate
    }
dashboard-no-match-title = Nessuna pratica corrispondente
dashboard-no-match-text = Modifichi la ricerca o i filtri, oppure rimuova tutti i filtri.
# Caption of the case table, read by screen readers.
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-table-caption = Le sue pratiche, pagina { $page } di { $pages }
dashboard-column-case = Pratica
dashboard-column-status = Stato
# Column of the citizen's deadline or the date the authority expects to decide.
dashboard-column-due = Termine o scadenza
# Accessible name of the page links below the list.
dashboard-pages = Pagine
dashboard-page-previous = Pagina precedente
dashboard-page-next = Pagina seguente
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-page-of = Pagina { $page } di { $pages }
# Link below the first cases waiting for the citizen, to the list of all of them.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-all = Mostra tutte le { $count }, prima i termini più vicini

# Unread messages of a case in the list.
# Variables:
#   $count (Number) - unread messages from the authority in this case
dashboard-case-unread =
    { $count ->
        [one] 1 nuovo messaggio
       *[other] { $count } nuovi messaggi
    }
# On a case waiting for the organisation, for someone whose mandate allows reading only.
dashboard-action-view = Visualizzare
