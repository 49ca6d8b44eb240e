# Texts of the demo data only (GUICHET_DEMO): what the demo cases ask for and decide, and
# the titles of the demo letters. A real authority writes these for each case.

# What a case that needs the citizen's action asks for.
demo-action-identity-document = La preghiamo di inoltrare una copia del passaporto o della carta d’identità (PDF, JPEG o PNG).
# Why a case was rejected.
demo-decision-reason-missing-documents = I documenti richiesti non ci sono pervenuti entro il termine fissato. Senza di essi non possiamo verificare i requisiti.
# How to appeal against the rejection.
demo-legal-remedy-objection = Contro questa decisione può presentare opposizione scritta all’autorità che l’ha emanata entro 30 giorni dal ricevimento. L’opposizione deve contenere una richiesta e una motivazione. Può anche ripresentare la domanda in ogni momento con i documenti mancanti.
# Title of the letter that asks for further documents.
demo-request-for-documents-title = Richiesta di documenti complementari
# Title of the letter that rejects an application.
demo-decision-title = Decisione
# Below a letter's title.
# Variables:
#   $reference (String) - the case reference, e.g. LU-2026-004001
demo-letter-reference = Riferimento: { $reference }
# Title of the document a completed case produces.
demo-result-civil-status-document = Certificato individuale di stato civile
demo-result-change-of-address = Conferma del cambiamento d’indirizzo
demo-result-dog-registration = Medaglietta e fattura della tassa sui cani
demo-result-debt-collection-extract = Estratto del registro delle esecuzioni
demo-result-residential-parking-permit = Contrassegno di parcheggio per residenti
demo-result-tax-return = Decisione di tassazione
