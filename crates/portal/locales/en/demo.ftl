# Texts of the demo data only (GUICHET_DEMO): what the demo cases ask for and decide, and
# the titles of the demo letters. A real authority writes these for each case.

# What a case that needs the citizen's action asks for.
demo-action-identity-document = Please send a copy of your passport or identity card (PDF, JPEG or PNG).
# Why a case was rejected.
demo-decision-reason-missing-documents = The documents we asked for did not arrive by the deadline. Without them we cannot check whether the conditions are met.
# How to appeal against the rejection.
demo-legal-remedy-objection = You can object to this decision in writing to the office that issued it within 30 days of receiving it. The objection must state what you ask for and why. You can also apply again at any time with the missing documents.
# Title of the letter that asks for further documents.
demo-request-for-documents-title = Request for further documents
# Title of the letter that rejects an application.
demo-decision-title = Decision
# Below a letter's title.
# Variables:
#   $reference (String) - the case reference, e.g. LU-2026-004001
demo-letter-reference = Reference: { $reference }
# Title of the document a completed case produces.
demo-result-civil-status-document = Civil-status certificate
demo-result-change-of-address = Confirmation of change of address
demo-result-dog-registration = Dog tag and dog tax invoice
demo-result-debt-collection-extract = Debt-collection register extract
demo-result-residential-parking-permit = Residential parking permit
demo-result-tax-return = Tax assessment
