# The dashboard: the list of the signed-in person's cases.

dashboard-title = Mias fatschentas
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Nagina fatschenta averta
        [one] 1 fatschenta averta
       *[other] { $count } fatschentas avertas
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Nagut na spetga sin Vus
        [one] 1 fatschenta spetga sin Vus
       *[other] { $count } fatschentas spetgan sin Vus
    }
dashboard-empty-title = Anc naginas fatschentas
dashboard-empty-text = Uschespert che Vus inoltrais ina dumonda u ch’in uffizi As trametta insatge, vesais Vus quai qua.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Termin
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Probablamain terminà fin ils
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Nova dumonda
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Vossas dumondas cumenzadas
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – cuntinuar (memorisada ils { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Dumondas cumenzadas restan memorisadas { $days ->
        [one] in di
       *[other] { $days } dis
    } suenter l’ultima midada, lura vegnan ellas stizzadas.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = memorisà fin ils { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Stizzar
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Stizzar questa dumonda?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Stizzar «{ $service }» cun tut las indicaziuns e datotecas chargiadas si? Quai na po betg vegnir revocà.
dashboard-draft-delete-cancel = Interrumper
dashboard-draft-delete-confirm = Gea, stizzar
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = «{ $service }» è vegnida stizzada.

# The case list: filters, search, pages.
# Heading of the list of all cases, below the ones waiting for the citizen.
dashboard-all-cases = Tut ils cas
# Accessible name of the status filter links above the list.
dashboard-status-filters = Filtrar tenor status
# A filter link showing every case.
# Variables:
#   $count (Number) - number of cases matching the other filters
dashboard-all-count =
    { $count ->
        [one] 1 cas
       *[other] Tut ils { $count } cas
    }
# A filter link showing completed and rejected cases.
# Variables:
#   $count (Number) - number of completed or rejected cases
dashboard-closed-count =
    { $count ->
        [0] Nagins cas terminads
        [one] 1 cas terminà
       *[other] { $count } cas terminads
    }
# Heading of the cases waiting for the citizen, soonest deadline first.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-title =
    { $count ->
        [one] In cas spetga Vossa collavuraziun
       *[other] { $count } cas spetgan Vossa collavuraziun
    }
# Button on a case waiting for the citizen: opens it where they can reply and send documents.
dashboard-action-link = Far ussa
# Accessible name of the search and filter form.
dashboard-filters = Tschertgar e filtrar cas
dashboard-search-label = Tschertgar
# Below the search box: what the search looks at.
dashboard-search-hint = Referenza u num dal servetsch, p.ex. GR-2026 u chaun
dashboard-search-submit = Tschertgar
dashboard-filter-status = Status
# The choice of a filter that does not narrow the list.
dashboard-filter-any = Tuts
# A status choice: received, in progress or waiting for the citizen.
dashboard-filter-open = Averts
# A status choice: completed or rejected.
dashboard-filter-closed = Terminads
dashboard-sort = Zavrar tenor
dashboard-sort-updated = Ultima midada, averts l’emprim
dashboard-sort-deadline = Termin, averts l’emprim
dashboard-sort-submitted = Inoltrà, ils pli novs l’emprim
# Opens the further filters: service, authority, period.
dashboard-filter-more = Ulteriurs filters
dashboard-filter-service = Servetsch
dashboard-filter-from = Inoltrà a partir dal
dashboard-filter-to = Inoltrà fin il
dashboard-filter-reset = Allontanar tut ils filters
# Announced when the list changes.
# Variables:
#   $count (Number) - number of cases found
dashboard-result-count =
    { $count ->
        [0] Nagins cas chattads
        [one] 1 cas chattà
       *[other] { $count } cas chattads
    }
dashboard-no-match-title = Nagins cas correspundents
dashboard-no-match-text = Midai la tschertga u ils filters, u allontanai tut ils filters.
# Caption of the case table, read by screen readers.
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-table-caption = Voss cas, pagina { $page } da { $pages }
dashboard-column-case = Cas
dashboard-column-status = Status
# Column of the citizen's deadline or the date the authority expects to decide.
dashboard-column-due = Termin
# Accessible name of the page links below the list.
dashboard-pages = Paginas
dashboard-page-previous = Pagina precedenta
dashboard-page-next = Proxima pagina
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-page-of = Pagina { $page } da { $pages }
# Link below the first cases waiting for the citizen, to the list of all of them.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-all = Mussar tut ils { $count }, ils termins ils pli baud l’emprim

# Unread messages of a case in the list.
# Variables:
#   $count (Number) - unread messages from the authority in this case
dashboard-case-unread =
    { $count ->
        [one] 1 nov messadi
       *[other] { $count } novs messadis
    }
# On a case waiting for the organisation, for someone whose mandate allows reading only.
dashboard-action-view = Guardar
