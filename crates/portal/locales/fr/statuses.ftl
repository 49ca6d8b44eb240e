# The status of a case, as the citizen sees it: on the dashboard, in the status filter and
# above the case's history. The portal writes them into its database at every start.

# The authority has the application and has not begun on it yet.
status-received = Reçu
status-in-progress = En traitement
# The authority waits for something from the citizen (a document, an answer).
status-action-required = Votre action est requise
status-completed = Terminé
status-rejected = Refusé
