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
