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
# Shown when a page needs sign-in: the session ended, or the person was never signed in.
sign-in-required = Vossa sesida è scadida u Vus n’essas betg annunzià. S’annunziai: silsuenter cuntinuais Vus sin la pagina, nua che Vus eras.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Vossas indicaziuns en la dumonda èn memorisadas e returnan uschespert che Vus essas annunzià.
