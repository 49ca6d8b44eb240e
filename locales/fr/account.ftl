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
# Shown on the sign-in page after a session ended by itself (a timeout), not after signing out.
sign-in-expired = Votre session a expiré. Reconnectez-vous : vous reviendrez ensuite sur la page où vous étiez.
# On the sign-in page when a signed-out visitor asked for a page that needs an account.
sign-in-to-continue = Connectez-vous pour continuer. Vous arriverez ensuite directement sur la page demandée.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Vos indications dans la demande sont enregistrées et seront de retour dès que vous serez connecté·e.
