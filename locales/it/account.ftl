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
# Shown when a page needs sign-in: the session ended, or the person was never signed in.
sign-in-required = La sua sessione è scaduta o non ha effettuato l’accesso. Acceda: poi tornerà alla pagina in cui si trovava.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = I suoi dati nella richiesta sono salvati e saranno di nuovo disponibili non appena avrà effettuato l’accesso.
