# Signing in and out.

sign-in-title = S’annunziar
sign-in-username-label = Num d’utilisader
sign-in-password-label = Pled-clav
sign-in-submit = S’annunziar
# Button text while the sign-in is being checked.
sign-in-submitting = Annunzia vegn fatga …
sign-in-username-required = Endatai Voss num d’utilisader.
sign-in-password-required = Endatai Voss pled-clav.
sign-in-signed-out = Vus essas sa deannunzià.
# Shown on the sign-in page after a session ended by itself (a timeout), not after signing out.
sign-in-expired = Vossa sessiun è scadida. S’annunziai danovamain, lura turnais Vus a la pagina nua che Vus eras.
# On the sign-in page when a signed-out visitor asked for a page that needs an account.
sign-in-to-continue = S’annunziai per cuntinuar. Lura arrivais Vus directamain a la pagina giavischada.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Vossas indicaziuns en la dumonda èn memorisadas e returnan uschespert che Vus essas annunzià.
