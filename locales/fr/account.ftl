# Signing in and out.

sign-in-title = Connexion
sign-in-username-label = Nom d’utilisateur
sign-in-password-label = Mot de passe
sign-in-submit = Se connecter
# Button text while the sign-in is being checked.
sign-in-submitting = Connexion en cours …
sign-in-username-required = Saisissez votre nom d’utilisateur.
sign-in-password-required = Saisissez votre mot de passe.
sign-in-signed-out = Vous êtes déconnecté·e.
# Shown when a page needs sign-in: the session ended, or the person was never signed in.
sign-in-required = Votre session a expiré ou vous n’êtes pas connecté·e. Connectez-vous : vous reviendrez ensuite à la page où vous étiez.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Vos indications dans la demande sont enregistrées et seront de retour dès que vous serez connecté·e.
