# A case's history: what each step means for the citizen and what happens next. Written into
# the history when the case reaches the step, and into the demo letters.

event-received = Wir haben Ihr Gesuch erhalten. Wir prüfen es und melden uns, sobald es bearbeitet ist.
event-in-progress = Ihr Gesuch wird bearbeitet. Sie müssen im Moment nichts tun.
event-action-required = Uns fehlt eine Angabe. Bitte reichen Sie die verlangten Unterlagen bis zur angegebenen Frist ein.
# The document the case produced is listed below this text, on the case's page.
event-completed = Ihr Gesuch ist erledigt. Das Dokument finden Sie unten zum Herunterladen.
event-rejected = Wir konnten Ihr Gesuch leider nicht gutheissen. Die Begründung und die Rechtsmittelbelehrung stehen in der Verfügung.
