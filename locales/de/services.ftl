# The service catalogue and each service's start page. Service names, descriptions and fees
# come from the portal in every language; these are the words around them.

services-title = Dienstleistungen
services-intro = Erledigen Sie Ihre Anliegen bei Gemeinde und Kanton online. Angefangene Anträge werden gespeichert.
services-search-label = Dienstleistung suchen
services-search-submit = Suchen
# Announced after a search.
# Variables:
#   $count (Number) - how many services were found
services-search-count = { $count ->
    [0] Keine Dienstleistung gefunden.
    [one] Eine Dienstleistung gefunden.
   *[other] { $count } Dienstleistungen gefunden.
}
services-search-empty = Versuchen Sie ein anderes Wort, zum Beispiel «Umzug» oder «Hund».
# After the name of a service that is run in another application (e.g. the tax return).
services-leaves-portal = (Sie verlassen das Portal)
# Under a service in the catalogue when it costs something.
services-has-fee = Gebührenpflichtig
services-back = Zu allen Dienstleistungen
services-you-need = Was Sie brauchen
services-duration = Dauer
services-fee = Gebühr
services-fee-none = Keine
# One fee of a service and its amount.
# Variables:
#   $label (String) - what the fee is for, e.g. "Porto"
#   $amount (String) - the amount, e.g. "CHF 2.00", or a range "CHF 150.00 – CHF 270.00"
services-fee-line = { $label }: { $amount }
services-start = Jetzt starten
services-sign-in-needed = Für diese Dienstleistung müssen Sie angemeldet sein. So können wir Ihre Angaben speichern und Ihnen die Antwort zustellen.
services-sign-in-to-start = Anmelden und starten
# A link to continue an application of this service.
# Variables:
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
services-continue-draft = Angefangenen Antrag weiterführen (gespeichert am { $saved })
