# The service catalogue and each service's start page. Service names, descriptions and fees
# come from the portal in every language; these are the words around them.

services-title = Servizi
services-intro = Sbrighi online le sue pratiche presso il comune e il cantone. Le richieste iniziate vengono salvate.
services-search-label = Cerca un servizio
services-search-submit = Cerca
# Announced after a search.
# Variables:
#   $count (Number) - how many services were found
services-search-count = { $count ->
    [0] Nessun servizio trovato.
    [one] Un servizio trovato.
   *[other] { $count } servizi trovati.
}
services-search-empty = Provi con un’altra parola, per esempio «trasloco» o «cane».
# After the name of a service that is run in another application (e.g. the tax return).
services-leaves-portal = (lascia il portale)
# Under a service in the catalogue when it costs something.
services-has-fee = A pagamento
services-back = A tutti i servizi
services-you-need = Cosa le serve
services-duration = Durata
services-fee = Tassa
services-fee-none = Nessuna
# One fee of a service and its amount.
# Variables:
#   $label (String) - what the fee is for, e.g. "Porto"
#   $amount (String) - the amount, e.g. "CHF 2.00", or a range "CHF 150.00 – CHF 270.00"
services-fee-line = { $label }: { $amount }
services-start = Inizia ora
services-sign-in-needed = Per questo servizio deve effettuare l’accesso. Così possiamo salvare i suoi dati e inviarle la risposta.
services-sign-in-to-start = Accedi e inizia
# A link to continue an application of this service.
# Variables:
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
services-continue-draft = Continua la richiesta iniziata (salvata il { $saved })
