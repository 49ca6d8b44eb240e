# The service catalogue and each service's start page. Service names, descriptions and fees
# come from the portal in every language; these are the words around them.

services-title = Servetschs
services-intro = Reglai online Voss fatgs cun la vischnanca ed il chantun. Dumondas cumenzadas vegnan memorisadas.
services-search-label = Tschertgar in servetsch
services-search-submit = Tschertgar
# Announced after a search.
# Variables:
#   $count (Number) - how many services were found
services-search-count = { $count ->
    [0] Nagin servetsch chattà.
    [one] In servetsch chattà.
   *[other] { $count } servetschs chattads.
}
services-search-empty = Empruvai in auter pled, per exempel «midada» u «chaun».
# After the name of a service that is run in another application (e.g. the tax return).
services-leaves-portal = (Vus bandunais il portal)
# Under a service in the catalogue when it costs something.
services-has-fee = Cun taxa
services-back = Tar tut ils servetschs
services-you-need = Quai che Vus duvrais
services-duration = Durada
services-fee = Taxa
services-fee-none = Nagina
# One fee of a service and its amount.
# Variables:
#   $label (String) - what the fee is for, e.g. "Porto"
#   $amount (String) - the amount, e.g. "CHF 2.00", or a range "CHF 150.00 – CHF 270.00"
services-fee-line = { $label }: { $amount }
services-start = Cumenzar ussa
services-sign-in-needed = Per quest servetsch stuais Vus esser annunzià. Uschia pudain nus memorisar Vossas indicaziuns ed As trametter la resposta.
services-sign-in-to-start = S’annunziar e cumenzar
# A link to continue an application of this service.
# Variables:
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
services-continue-draft = Cuntinuar la dumonda cumenzada (memorisada ils { $saved })
