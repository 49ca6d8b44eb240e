# The dashboard: the list of the signed-in person's cases.

dashboard-title = Mes dossiers
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Aucun dossier en cours
        [one] 1 dossier en cours
       *[other] { $count } dossiers en cours
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Rien ne vous attend
        [one] 1 dossier attend votre action
       *[other] { $count } dossiers attendent votre action
    }
dashboard-empty-title = Aucun dossier pour l’instant
dashboard-empty-text = Dès que vous déposez une demande ou qu’une autorité vous envoie quelque chose, vous le verrez ici.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Délai
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Traitement prévu d’ici au
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Nouvelle demande
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Vos demandes commencées
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – reprendre (enregistrée le { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Les demandes commencées sont conservées { $days ->
        [one] un jour
       *[other] { $days } jours
    } après la dernière modification, puis supprimées.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = conservée jusqu’au { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Supprimer
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Supprimer cette demande ?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Supprimer « { $service } » avec toutes ses données et tous les fichiers téléversés ? Cette action est définitive.
dashboard-draft-delete-cancel = Annuler
dashboard-draft-delete-confirm = Oui, supprimer
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = « { $service } » a été supprimée.

# The case list: filters, search, pages.
# Heading of the list of all cases, below the ones waiting for the citizen.
dashboard-all-cases = Tous les dossiers
# Accessible name of the status filter links above the list.
dashboard-status-filters = Filtrer par statut
# A filter link showing every case.
# Variables:
#   $count (Number) - number of cases matching the other filters
dashboard-all-count =
    { $count ->
        [one] 1 dossier
       *[other] Les { $count } dossiers
    }
# A filter link showing completed and rejected cases.
# Variables:
#   $count (Number) - number of completed or rejected cases
dashboard-closed-count =
    { $count ->
        [0] Aucun dossier clos
        [one] 1 dossier clos
       *[other] { $count } dossiers clos
    }
# Heading of the cases waiting for the citizen, soonest deadline first.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-title =
    { $count ->
        [one] Un dossier attend votre action
       *[other] { $count } dossiers attendent votre action
    }
# Button on a case waiting for the citizen: opens it where they can reply and send documents.
dashboard-action-link = Agir maintenant
# Accessible name of the search and filter form.
dashboard-filters = Rechercher et filtrer les dossiers
dashboard-search-label = Rechercher
# Below the search box: what the search looks at.
dashboard-search-hint = Référence ou nom de la prestation, p. ex. FR-2026 ou chien
dashboard-search-submit = Rechercher
dashboard-filter-status = Statut
# The choice of a filter that does not narrow the list.
dashboard-filter-any = Tous
# A status choice: received, in progress or waiting for the citizen.
dashboard-filter-open = En cours
# A status choice: completed or rejected.
dashboard-filter-closed = Clos
dashboard-sort = Trier par
dashboard-sort-updated = Dernière modification, en cours d’abord
dashboard-sort-deadline = Délai, en cours d’abord
dashboard-sort-submitted = Date de dépôt, plus récents d’abord
# Opens the further filters: service, authority, period.
dashboard-filter-more = Autres filtres
dashboard-filter-service = Prestation
dashboard-filter-from = Déposé dès le
dashboard-filter-to = Déposé jusqu’au
dashboard-filter-reset = Supprimer tous les filtres
# Announced when the list changes.
# Variables:
#   $count (Number) - number of cases found
dashboard-result-count =
    { $count ->
        [0] Aucun dossier trouvé
        [one] 1 dossier trouvé
       *[other] { $count } dossiers trouvés
    }
dashboard-no-match-title = Aucun dossier correspondant
dashboard-no-match-text = Modifiez la recherche ou les filtres, ou supprimez tous les filtres.
# Caption of the case table, read by screen readers.
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-table-caption = Vos dossiers, page { $page } sur { $pages }
dashboard-column-case = Dossier
dashboard-column-status = Statut
# Column of the citizen's deadline or the date the authority expects to decide.
dashboard-column-due = Délai ou échéance
# Accessible name of the page links below the list.
dashboard-pages = Pages
dashboard-page-previous = Page précédente
dashboard-page-next = Page suivante
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - the number of pages
dashboard-page-of = Page { $page } sur { $pages }
# Link below the first cases waiting for the citizen, to the list of all of them.
# Variables:
#   $count (Number) - number of cases waiting for the citizen
dashboard-action-all = Afficher les { $count } dossiers, délais les plus proches d’abord

# Unread messages of a case in the list.
# Variables:
#   $count (Number) - unread messages from the authority in this case
dashboard-case-unread =
    { $count ->
        [one] 1 nouveau message
       *[other] { $count } nouveaux messages
    }
# On a case waiting for the organisation, for someone whose mandate allows reading only.
dashboard-action-view = Consulter
