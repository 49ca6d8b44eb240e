# The service catalogue and each service's start page. Service names, descriptions and fees
# come from the portal in every language; these are the words around them.

services-title = Services
services-intro = Deal with your municipality and canton online. Applications you start are saved.
services-search-label = Search for a service
services-search-submit = Search
# Announced after a search.
# Variables:
#   $count (Number) - how many services were found
services-search-count = { $count ->
    [0] No services found.
    [one] One service found.
   *[other] { $count } services found.
}
services-search-empty = Try another word, for example “move” or “dog”.
# After the name of a service that is run in another application (e.g. the tax return).
services-leaves-portal = (leaves the portal)
# Under a service in the catalogue when it costs something.
services-has-fee = A fee is charged
services-back = All services
services-you-need = What you need
services-duration = How long it takes
services-fee = Fee
services-fee-none = None
# One fee of a service and its amount.
# Variables:
#   $label (String) - what the fee is for, e.g. "Porto"
#   $amount (String) - the amount, e.g. "CHF 2.00", or a range "CHF 150.00 – CHF 270.00"
services-fee-line = { $label }: { $amount }
services-start = Start now
services-sign-in-needed = You need to sign in to use this service. That way we can save your answers and send you the reply.
services-sign-in-to-start = Sign in and start
# A link to continue an application of this service.
# Variables:
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
services-continue-draft = Continue your application (saved on { $saved })
