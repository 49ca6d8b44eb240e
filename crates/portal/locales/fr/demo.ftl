# Texts of the demo data only (GUICHET_DEMO): what the demo cases ask for and decide, and
# the titles of the demo letters. A real authority writes these for each case.

# What a case that needs the citizen's action asks for.
demo-action-identity-document = Veuillez fournir une copie de votre passeport ou de votre carte d’identité (PDF, JPEG ou PNG).
# Why a case was rejected.
demo-decision-reason-missing-documents = Les documents demandés ne nous sont pas parvenus dans le délai imparti. Sans eux, nous ne pouvons pas vérifier les conditions.
# How to appeal against the rejection.
demo-legal-remedy-objection = Vous pouvez former opposition par écrit contre cette décision auprès de l’autorité qui l’a rendue dans les 30 jours dès sa réception. L’opposition doit contenir des conclusions et une motivation. Vous pouvez aussi déposer une nouvelle demande avec les documents manquants en tout temps.
# Title of the letter that asks for further documents.
demo-request-for-documents-title = Demande de pièces complémentaires
# Title of the letter that rejects an application.
demo-decision-title = Décision
# Below a letter's title.
# Variables:
#   $reference (String) - the case reference, e.g. LU-2026-004001
demo-letter-reference = Référence : { $reference }
# Title of the document a completed case produces.
demo-result-civil-status-document = Certificat individuel d’état civil
demo-result-change-of-address = Confirmation du changement d’adresse
demo-result-dog-registration = Médaille et facture de l’impôt sur les chiens
demo-result-debt-collection-extract = Extrait du registre des poursuites
demo-result-residential-parking-permit = Vignette de stationnement pour résidents
demo-result-tax-return = Décision de taxation
