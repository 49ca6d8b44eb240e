# Signing in and out.

sign-in-title = Accesso
sign-in-username-label = Nome utente
sign-in-password-label = Password
sign-in-submit = Accedi
# Button text while the sign-in is being checked.
sign-in-submitting = Accesso in corso …
sign-in-username-required = Inserisca il suo nome utente.
sign-in-password-required = Inserisca la sua password.
sign-in-signed-out = È uscito dal portale.
# Shown on the sign-in page after a session ended by itself (a timeout), not after signing out.
sign-in-expired = La sua sessione è scaduta. Effettui di nuovo l’accesso: poi tornerà alla pagina in cui si trovava.
# On the sign-in page when a signed-out visitor asked for a page that needs an account.
sign-in-to-continue = Effettui l’accesso per continuare. Poi arriverà direttamente alla pagina richiesta.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = I suoi dati nella richiesta sono salvati e saranno di nuovo disponibili non appena avrà effettuato l’accesso.
