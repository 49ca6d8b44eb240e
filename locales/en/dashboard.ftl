# The dashboard: the list of the signed-in person's cases.

dashboard-title = My cases
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] No open cases
        [one] 1 open case
       *[other] { $count } open cases
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Nothing is waiting for you
        [one] 1 case is waiting for you
       *[other] { $count } cases are waiting for you
    }
dashboard-empty-title = No cases yet
dashboard-empty-text = As soon as you submit a request or an authority sends you something, you will see it here.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Deadline
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Expected to be completed by
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Start a new application
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Your applications in progress
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Register a dog"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – continue (saved on { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Applications you have started are kept for { $days ->
        [one] one day
       *[other] { $days } days
    } after the last change, then they are deleted.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = kept until { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Delete
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Delete this application?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Delete “{ $service }” with all its answers and uploaded files? This cannot be undone.
dashboard-draft-delete-cancel = Cancel
dashboard-draft-delete-confirm = Yes, delete
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = “{ $service }” has been deleted.

# The case list: filters, search, pages.
# Heading of the list of all cases, below the ones waiting for the citizen.
dashboard-all-cases = All cases
# Accessible name of the status filter links above the list.
dashboard-status-filters = Filter by status
# A filter link showing every case.
# Variables:
#   $count (Number) - number of cases matching the other filters
dashboard-all-count =
    { $count ->
        [one] 1 case
       *[other] All { $count } cases
    }
# A filter link showing completed and rejected cases.
# Variables:
#   $count (Number) - number of completed or rejected cases
dashboard-closed-count =
    { $count ->
        [0] Nothing closed
        [one] 1 closed case
       *[other] { $count } closed cases
    }
# Heading of the cases waiting for the citizen, soonest deadline first.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-title =
    { $count ->
        [one] One case needs you
       *[other] { $count } cases need you
    }
# Button on a case waiting for the citizen: opens it where they can reply and send documents.
dashboard-action-link = Do it now
# Accessible name of the search and filter form.
dashboard-filters = Search and filter cases
dashboard-search-label = Search
# Below the search box: what the search looks at.
dashboard-search-hint = Reference or name of the service, e.g. LU-2026 or dog
dashboard-search-submit = Search
dashboard-filter-status = Status
# The choice of a filter that does not narrow the list.
dashboard-filter-any = All
# A status choice: received, in progress or waiting for the citizen.
dashboard-filter-open = Open
# A status choice: completed or rejected.
dashboard-filter-closed = Closed
dashboard-sort = Sort by
dashboard-sort-updated = Last change, open first
dashboard-sort-deadline = Deadline, open first
dashboard-sort-submitted = Submitted, newest first
# Opens the further filters: service, authority, period.
dashboard-filter-more = More filters
dashboard-filter-service = Service
dashboard-filter-from = Submitted from
dashboard-filter-to = Submitted until
dashboard-filter-reset = Remove all filters
# Announced when the list changes.
# Variables:
#   $count (Number) - number of cases found
dashboard-result-count =
    { $count ->
        [0] No cases found
        [one] 1 case found
       *[other] { $count } cases found
    }
dashboard-no-match-title = No matching cases
dashboard-no-match-text = Change the search or the filters, or remove all filters.
# Caption of the case table, read by screen readers.
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-table-caption = Your cases, page { $page } of { $pages }
dashboard-column-case = Case
dashboard-column-status = Status
# Column of the citizen's deadline or the date the authority expects to decide.
dashboard-column-due = Deadline or expected
# Accessible name of the page links below the list.
dashboard-pages = Pages
dashboard-page-previous = Previous page
dashboard-page-next = Next page
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-page-of = Page { $page } of { $pages }
# Link below the first cases waiting for the citizen, to the list of all of them.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-all = Show all { $count }, soonest deadline first

# Unread messages of a case in the list.
# Variables:
#   $count (Number) - unread messages from the authority in this case
dashboard-case-unread =
    { $count ->
        [one] 1 new message
       *[other] { $count } new messages
    }
# On a case waiting for the organisation, for someone whose mandate allows reading only.
dashboard-action-view = View
