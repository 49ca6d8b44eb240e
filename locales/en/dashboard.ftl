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
