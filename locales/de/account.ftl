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
# Shown on the sign-in page after a session ended by itself (a timeout), not after signing out.
sign-in-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich wieder an, danach geht es auf der Seite weiter, auf der Sie waren.
# On the sign-in page when a signed-out visitor asked for a page that needs an account.
sign-in-to-continue = Melden Sie sich an, um fortzufahren. Danach geht es direkt auf der gewünschten Seite weiter.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Ihre Angaben im Antrag sind gespeichert und wieder da, sobald Sie angemeldet sind.
