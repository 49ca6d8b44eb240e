# Errors and the not-found page. Each message says what happened and what to do.

error-title = Das hat nicht geklappt
error-network = Keine Verbindung zum Portal. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
# Shown when a request gets no answer in time (the app's request timeout).
error-timeout = Das Portal antwortet nach 15 Sekunden noch nicht. Vielleicht ist die Verbindung gerade sehr langsam. Ihre Angaben bleiben erhalten; versuchen Sie es erneut.
error-session-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; danach geht es hier weiter.
error-not-found = Das Gesuchte gibt es nicht oder es gehört nicht zu Ihrem Konto.
error-invalid = Einige Angaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.
error-invalid-credentials = Benutzername oder Passwort ist falsch.
error-rate-limited = Zu viele Versuche. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
error-conflict = Das wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
error-forbidden = Dafür fehlt Ihnen die Berechtigung. Laden Sie die Seite neu und versuchen Sie es erneut.
# A request refused because the mandate it was made under was withdrawn.
error-mandate-ended = Ihr Mandat für diese Organisation ist beendet. Sie handeln jetzt für sich selbst.
error-server = Beim Portal ist ein Fehler aufgetreten. Versuchen Sie es in einigen Minuten erneut.
validation-too-long = Diese Angabe ist zu lang.
validation-invalid = Diese Angabe ist nicht gültig.
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht. Vielleicht ist der Link veraltet oder falsch geschrieben.
not-found-back = Zu meinen Geschäften

# Refusals by the account's limits (the portal's quotas), and typed text with control characters.
error-quota-drafts = Sie haben so viele Gesuche in Bearbeitung, wie das Portal zulässt. Schliessen Sie eines ab oder verwerfen Sie es, dann können Sie ein neues beginnen.
error-quota-files = Ihr Konto hat so viele Dateien, wie das Portal aufbewahrt. Entfernen Sie eine Datei aus einem Gesuch in Bearbeitung, dann geht es weiter.
error-quota-bytes = Ihr Konto hat so viel Speicher belegt, wie das Portal aufbewahrt. Entfernen Sie eine Datei aus einem Gesuch in Bearbeitung oder wählen Sie eine kleinere.
error-quota-replies = Sie haben heute schon viele Nachrichten geschrieben. Morgen können Sie wieder schreiben; bei Dringendem rufen Sie die Behörde an.
error-control-character = Der Text enthält unsichtbare Steuerzeichen (zum Beispiel aus einem kopierten Text). Tippen Sie die betroffene Stelle neu.
