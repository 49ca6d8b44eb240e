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

# The case list: filters, search, pages.
# Heading of the list of all cases, below the ones waiting for the citizen.
dashboard-all-cases = Alle Geschäfte
# Accessible name of the status filter links above the list.
dashboard-status-filters = Nach Status filtern
# A filter link showing every case.
# Variables:
#   $count (Number) - number of cases matching the other filters
dashboard-all-count =
    { $count ->
        [one] 1 Geschäft
       *[other] Alle { $count } Geschäfte
    }
# A filter link showing completed and rejected cases.
# Variables:
#   $count (Number) - number of completed or rejected cases
dashboard-closed-count =
    { $count ->
        [0] Nichts abgeschlossen
        [one] 1 abgeschlossenes Geschäft
       *[other] { $count } abgeschlossene Geschäfte
    }
# Heading of the cases waiting for the citizen, soonest deadline first.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-title =
    { $count ->
        [one] Ein Geschäft wartet auf Sie
       *[other] { $count } Geschäfte warten auf Sie
    }
# Button on a case waiting for the citizen: opens it where they can reply and send documents.
dashboard-action-link = Jetzt erledigen
# Accessible name of the search and filter form.
dashboard-filters = Geschäfte suchen und filtern
dashboard-search-label = Suchen
# Below the search box: what the search looks at.
dashboard-search-hint = Referenz oder Name der Dienstleistung, z. B. LU-2026 oder Hund
dashboard-search-submit = Suchen
dashboard-filter-status = Status
# The choice of a filter that does not narrow the list.
dashboard-filter-any = Alle
# A status choice: received, in progress or waiting for the citizen.
dashboard-filter-open = Offen
# A status choice: completed or rejected.
dashboard-filter-closed = Abgeschlossen
dashboard-sort = Sortieren nach
dashboard-sort-updated = Letzte Änderung, offene zuerst
dashboard-sort-deadline = Frist, offene zuerst
dashboard-sort-submitted = Eingereicht, neueste zuerst
# Opens the further filters: service, authority, period.
dashboard-filter-more = Weitere Filter
dashboard-filter-service = Dienstleistung
dashboard-filter-from = Eingereicht ab
dashboard-filter-to = Eingereicht bis
dashboard-filter-reset = Alle Filter entfernen
# Announced when the list changes.
# Variables:
#   $count (Number) - number of cases found
dashboard-result-count =
    { $count ->
        [0] Keine Geschäfte gefunden
        [one] 1 Geschäft gefunden
       *[other] { $count } Geschäfte gefunden
    }
dashboard-no-match-title = Keine passenden Geschäfte
dashboard-no-match-text = Ändern Sie die Suche oder die Filter, oder entfernen Sie alle Filter.
# Caption of the case table, read by screen readers.
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-table-caption = Ihre Geschäfte, Seite { $page } von { $pages }
dashboard-column-case = Geschäft
dashboard-column-status = Status
# Column of the citizen's deadline or the date the authority expects to decide.
dashboard-column-due = Frist oder Termin
# Accessible name of the page links below the list.
dashboard-pages = Seiten
dashboard-page-previous = Vorherige Seite
dashboard-page-next = Nächste Seite
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-page-of = Seite { $page } von { $pages }
# Link below the first cases waiting for the citizen, to the list of all of them.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-all = Alle { $count } anzeigen, die frühesten Fristen zuerst

# Unread messages of a case in the list.
# Variables:
#   $count (Number) - unread messages from the authority in this case
dashboard-case-unread =
    { $count ->
        [one] 1 neue Nachricht
       *[other] { $count } neue Nachrichten
    }
# On a case waiting for the organisation, for someone whose mandate allows reading only.
dashboard-action-view = Ansehen
