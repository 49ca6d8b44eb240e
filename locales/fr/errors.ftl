# Errors and the not-found page. Each message says what happened and what to do.

error-title = Une erreur s’est produite
error-network = Pas de connexion avec le portail. Vérifiez votre connexion Internet et réessayez.
# Shown when a request gets no answer in time (the app's request timeout).
error-timeout = Le portail n’a toujours pas répondu après 15 secondes. La connexion est peut-être très lente en ce moment. Vos données ne sont pas perdues ; réessayez.
error-session-expired = Votre session a expiré. Reconnectez-vous : vous reviendrez ensuite ici.
error-not-found = Cet élément n’existe pas ou n’appartient pas à votre compte.
error-invalid = Certaines indications ne sont pas valables. Veuillez vérifier les champs signalés.
error-invalid-credentials = Le nom d’utilisateur ou le mot de passe est incorrect.
error-rate-limited = Trop de tentatives. Attendez 15 minutes, puis réessayez.
error-conflict = Cet élément a été modifié entre-temps. Rechargez la page et réessayez.
error-forbidden = Vous n’avez pas l’autorisation nécessaire. Rechargez la page et réessayez.
# A request refused because the mandate it was made under was withdrawn.
error-mandate-ended = Votre mandat pour cette organisation a pris fin. Vous agissez désormais pour vous-même.
error-server = Une erreur s’est produite sur le portail. Réessayez dans quelques minutes.
validation-too-long = Cette indication est trop longue.
validation-invalid = Cette indication n’est pas valable.
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas. Le lien est peut-être obsolète ou mal saisi.
not-found-back = Vers mes dossiers

# Refusals by the account's limits (the portal's quotas), and typed text with control characters.
error-quota-drafts = Vous avez autant de demandes en cours que le portail le permet. Terminez-en une ou supprimez-la pour en commencer une nouvelle.
error-quota-files = Votre compte contient autant de fichiers que le portail en conserve. Retirez un fichier d’une demande en cours pour continuer.
error-quota-bytes = Votre compte occupe autant d’espace que le portail en conserve. Retirez un fichier d’une demande en cours ou choisissez-en un plus petit.
error-quota-replies = Vous avez déjà écrit beaucoup de messages aujourd’hui. Vous pourrez écrire à nouveau demain ; en cas d’urgence, appelez l’autorité.
error-control-character = Le texte contient des caractères de contrôle invisibles (par exemple d’un texte copié). Retapez le passage concerné.
