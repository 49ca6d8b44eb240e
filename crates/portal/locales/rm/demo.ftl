# Texts of the demo data only (GUICHET_DEMO): what the demo cases ask for and decide, and
# the titles of the demo letters. A real authority writes these for each case.

# What a case that needs the citizen's action asks for.
demo-action-identity-document = Inoltrai p.pl. ina copia da Voss passaport u da Vossa carta d’identitad (PDF, JPEG u PNG).
# Why a case was rejected.
demo-decision-reason-missing-documents = Ils documents pretendids n’èn betg entrads entaifer il termin fixà. Senza els na pudain nus betg examinar las premissas.
# How to appeal against the rejection.
demo-legal-remedy-objection = Cunter questa disposiziun pudais Vus far protesta en scrit tar il post che l’ha relaschada entaifer 30 dis dapi la retschavida. La protesta sto cuntegnair ina proposta ed ina motivaziun. Vus pudais er inoltrar da nov la dumonda cun ils documents che mancan.
# Title of the letter that asks for further documents.
demo-request-for-documents-title = Dumonda da documents supplementars
# Title of the letter that rejects an application.
demo-decision-title = Disposiziun
# Below a letter's title.
# Variables:
#   $reference (String) - the case reference, e.g. LU-2026-004001
demo-letter-reference = Referenza: { $reference }
# Title of the document a completed case produces.
demo-result-civil-status-document = Attestat dal stadi civil
demo-result-change-of-address = Confirmaziun da la midada d’adressa
demo-result-dog-registration = Marca e quint da la taglia da chauns
demo-result-debt-collection-extract = Extract dal register da scussiun
demo-result-residential-parking-permit = Carta da parcar per abitants
demo-result-tax-return = Disposiziun da taxaziun
