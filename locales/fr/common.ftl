# Interface chrome shown on every page: header, footer, shared buttons and notices.

# The portal's name as citizens know it; a canton may rename it here.
-portal-name = guichet

common-portal-name = { -portal-name }
# First link on every page, visible when focused by keyboard.
common-skip-to-content = Aller au contenu
# Accessible name of the list of languages at the top of every page.
common-language-menu-label = Langue
# Read by screen readers before the signed-in person's name in the header.
common-signed-in-as = Connecté·e en tant que
common-sign-out = Se déconnecter
common-footer-text = Un service de votre commune et de votre canton.
# Announced to screen readers while a list is loading.
common-loading = Chargement …
common-retry = Réessayer
# The browser tab's title when a form has errors.
# Variables:
#   $title (String) - the page's normal title, e.g. "Connexion"
common-error-page-title = Erreur : { $title }
common-error-summary-title = Veuillez corriger ce qui suit
# Read by screen readers before each field's error message.
common-error-prefix = Erreur :
# Accessible name of the main navigation under the header.
common-main-nav-label = Navigation principale
common-nav-cases = Mes dossiers
common-nav-services = Prestations
# The dialog shown two minutes before the session ends for lack of activity.
session-timeout-title = Votre session se termine bientôt
# Variables:
#   $time (String) - the time of day the session ends, e.g. "14:03"
session-timeout-text = Sans action de votre part, vous serez déconnecté·e à { $time }. Vos indications restent enregistrées.
session-timeout-stay = Rester connecté·e
# The warning at the absolute end of a session, which staying active cannot move.
# Variables:
#   $time (String) - when the session ends, e.g. "16:45"
session-timeout-final-text = Pour des raisons de sécurité, votre session se termine à { $time } et ne peut plus être prolongée. Vos données restent enregistrées ; reconnectez-vous ensuite.
# Button that closes that warning.
session-timeout-understood = J’ai compris
# Title of the question when signing out while answers exist only on this device.
common-sign-out-unsaved-title = Tout n’est pas enregistré
# Variables:
#   $count (Number) - how many applications have answers only on this device
common-sign-out-unsaved-text = Cet appareil contient des données concernant { $count ->
        [one] une demande
       *[other] { $count } demandes
    } que le portail n’a pas encore reçues, par exemple parce que la connexion a été interrompue. Ouvrez la demande pendant que vous êtes en ligne et elles seront enregistrées. Si vous vous déconnectez maintenant, elles seront supprimées de cet appareil.
common-sign-out-stay = Rester connecté·e
common-sign-out-anyway = Se déconnecter et les supprimer

# The inbox in the main navigation.
common-nav-messages = Messages
# After “Messages” in the navigation.
# Variables:
#   $count (Number) - unread messages
common-nav-unread =
    { $count ->
        [one] (1 non lu)
       *[other] ({ $count } non lus)
    }
inbox-title = Messages
inbox-empty = Vous n’avez pas encore de messages.
# Variables:
#   $count (Number) - unread messages
inbox-unread =
    { $count ->
        [0] Tous les messages sont lus.
        [one] 1 message n’est pas lu.
       *[other] { $count } messages ne sont pas lus.
    }

# Acting for an organisation under a mandate, in the header.
# Before the organisation's name.
common-party-acting-for = Vous agissez pour
common-party-acting-self = Vous agissez pour vous-même.
# After the organisation's name when the mandate allows reading only.
common-party-read-only = (lecture seule)
common-party-label = Agir pour
# The choice to act for oneself.
# Variables:
#   $name (String) - the signed-in person's name
common-party-self = Moi-même ({ $name })
common-party-switch = Changer
common-party-failed = Le changement a échoué. Le mandat a peut-être été retiré. Rechargez la page.
# Shown and announced in the header when the mandate the person acted under was withdrawn.
# Variables:
#   $organisation (String) - the organisation's name, e.g. "Bäckerei Amstutz AG"
common-mandate-ended = Votre mandat pour { $organisation } a pris fin. Vous agissez désormais pour vous-même ; la page affiche vos propres dossiers.
