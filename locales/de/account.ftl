# Signing in and out.

sign-in-title = Anmelden
sign-in-username-label = Benutzername
sign-in-password-label = Passwort
sign-in-submit = Anmelden
# Button text while the sign-in is being checked.
sign-in-submitting = Anmeldung läuft …
sign-in-username-required = Geben Sie Ihren Benutzernamen ein.
sign-in-password-required = Geben Sie Ihr Passwort ein.
sign-in-signed-out = Sie haben sich abgemeldet.
# Shown when a page needs sign-in: the session ended, or the person was never signed in.
sign-in-required = Ihre Sitzung ist abgelaufen oder Sie sind nicht angemeldet. Melden Sie sich an, danach geht es auf der Seite weiter, auf der Sie waren.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Ihre Angaben im Antrag sind gespeichert und wieder da, sobald Sie angemeldet sind.
