# The status of a case, as the citizen sees it: on the dashboard, in the status filter and
# above the case's history. The portal writes them into its database at every start.

# The authority has the application and has not begun on it yet.
status-received = Eingegangen
status-in-progress = In Bearbeitung
# The authority waits for something from the citizen (a document, an answer).
status-action-required = Ihre Mitwirkung ist nötig
status-completed = Abgeschlossen
status-rejected = Abgelehnt
