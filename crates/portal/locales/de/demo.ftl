# Texts of the demo data only (GUICHET_DEMO): what the demo cases ask for and decide, and
# the titles of the demo letters. A real authority writes these for each case.

# What a case that needs the citizen's action asks for.
demo-action-identity-document = Bitte reichen Sie eine Kopie Ihres Passes oder Ihrer Identitätskarte ein (PDF, JPEG oder PNG).
# Why a case was rejected.
demo-decision-reason-missing-documents = Die verlangten Unterlagen sind innert der gesetzten Frist nicht eingegangen. Ohne sie können wir die Voraussetzungen nicht prüfen.
# How to appeal against the rejection.
demo-legal-remedy-objection = Gegen diese Verfügung können Sie innert 30 Tagen seit Erhalt bei der verfügenden Stelle schriftlich Einsprache erheben. Die Einsprache muss einen Antrag und eine Begründung enthalten. Sie können das Gesuch auch jederzeit mit den fehlenden Unterlagen neu stellen.
# Title of the letter that asks for further documents.
demo-request-for-documents-title = Nachforderung von Unterlagen
# Title of the letter that rejects an application.
demo-decision-title = Verfügung
# Below a letter's title.
# Variables:
#   $reference (String) - the case reference, e.g. LU-2026-004001
demo-letter-reference = Referenz: { $reference }
# Title of the document a completed case produces.
demo-result-civil-status-document = Personenstandsausweis
demo-result-change-of-address = Bestätigung der Adressänderung
demo-result-dog-registration = Hundemarke und Rechnung Hundesteuer
demo-result-debt-collection-extract = Betreibungsregisterauszug
demo-result-residential-parking-permit = Anwohnerparkkarte
demo-result-tax-return = Veranlagungsverfügung
