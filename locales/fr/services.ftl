# The service catalogue and each service's start page. Service names, descriptions and fees
# come from the portal in every language; these are the words around them.

services-title = Prestations
services-intro = Effectuez en ligne vos démarches auprès de la commune et du canton. Les demandes commencées sont enregistrées.
services-search-label = Rechercher une prestation
services-search-submit = Rechercher
# Announced after a search.
# Variables:
#   $count (Number) - how many services were found
services-search-count = { $count ->
    [0] Aucune prestation trouvée.
    [one] Une prestation trouvée.
   *[other] { $count } prestations trouvées.
}
services-search-empty = Essayez un autre mot, par exemple « déménagement » ou « chien ».
# After the name of a service that is run in another application (e.g. the tax return).
services-leaves-portal = (vous quittez le portail)
# Under a service in the catalogue when it costs something.
services-has-fee = Payant
services-back = Vers toutes les prestations
services-you-need = Ce dont vous avez besoin
services-duration = Durée
services-fee = Émolument
services-fee-none = Aucun
# One fee of a service and its amount.
# Variables:
#   $label (String) - what the fee is for, e.g. "Porto"
#   $amount (String) - the amount, e.g. "CHF 2.00", or a range "CHF 150.00 – CHF 270.00"
services-fee-line = { $label } : { $amount }
services-start = Commencer
services-sign-in-needed = Vous devez être connecté·e pour utiliser cette prestation. Nous pouvons ainsi enregistrer vos indications et vous transmettre la réponse.
services-sign-in-to-start = Se connecter et commencer
# A link to continue an application of this service.
# Variables:
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
services-continue-draft = Reprendre la demande commencée (enregistrée le { $saved })
