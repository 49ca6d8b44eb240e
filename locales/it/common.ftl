# Interface chrome shown on every page: header, footer, shared buttons and notices.

# The portal's name as citizens know it; a canton may rename it here.
-portal-name = guichet

common-portal-name = { -portal-name }
# First link on every page, visible when focused by keyboard.
common-skip-to-content = Vai al contenuto
# Accessible name of the list of languages at the top of every page.
common-language-menu-label = Lingua
# Read by screen readers before the signed-in person's name in the header.
common-signed-in-as = Connesso come
common-sign-out = Esci
common-footer-text = Un servizio del suo comune e del suo cantone.
# Announced to screen readers while a list is loading.
common-loading = Caricamento …
common-retry = Riprova
# The browser tab's title when a form has errors.
# Variables:
#   $title (String) - the page's normal title, e.g. "Accesso"
common-error-page-title = Errore: { $title }
common-error-summary-title = Corregga quanto segue
# Read by screen readers before each field's error message.
common-error-prefix = Errore:
# Accessible name of the main navigation under the header.
common-main-nav-label = Navigazione principale
common-nav-cases = Le mie pratiche
common-nav-services = Servizi
# The dialog shown two minutes before the session ends for lack of activity.
session-timeout-title = La sua sessione sta per scadere
# Variables:
#   $time (String) - the time of day the session ends, e.g. "14:03"
session-timeout-text = Senza alcuna azione, alle { $time } verrà disconnesso. I suoi dati restano salvati.
session-timeout-stay = Rimanere connesso
# The warning at the absolute end of a session, which staying active cannot move.
# Variables:
#   $time (String) - when the session ends, e.g. "16:45"
session-timeout-final-text = Per motivi di sicurezza la sua sessione termina alle { $time } e non può più essere prolungata. I suoi dati restano salvati; in seguito effettui di nuovo l’accesso.
# Button that closes that warning.
session-timeout-understood = Ho capito
# Title of the question when signing out while answers exist only on this device.
common-sign-out-unsaved-title = Non tutto è salvato
# Variables:
#   $count (Number) - how many applications have answers only on this device
common-sign-out-unsaved-text = Su questo dispositivo ci sono dati relativi a { $count ->
        [one] una domanda
       *[other] { $count } domande
    } che il portale non ha ancora ricevuto, per esempio perché la connessione si è interrotta. Apra la domanda mentre è online e verranno salvati. Se esce ora, verranno cancellati da questo dispositivo.
common-sign-out-stay = Restare connesso
common-sign-out-anyway = Uscire e cancellarli

# The inbox in the main navigation.
common-nav-messages = Messaggi
# After “Messages” in the navigation.
# Variables:
#   $count (Number) - unread messages
common-nav-unread =
    { $count ->
        [one] (1 non letto)
       *[other] ({ $count } non letti)
    }
inbox-title = Messaggi
inbox-empty = Non ha ancora messaggi.
# Variables:
#   $count (Number) - unread messages
inbox-unread =
    { $count ->
        [0] Tutti i messaggi sono letti.
        [one] 1 messaggio non è letto.
       *[other] { $count } messaggi non sono letti.
    }

# Acting for an organisation under a mandate, in the header.
# Before the organisation's name.
common-party-acting-for = Lei agisce per
common-party-acting-self = Lei agisce per sé stesso.
# After the organisation's name when the mandate allows reading only.
common-party-read-only = (solo lettura)
common-party-label = Agire per
# The choice to act for oneself.
# Variables:
#   $name (String) - the signed-in person's name
common-party-self = Me stesso ({ $name })
common-party-switch = Cambia
common-party-failed = Il cambio non è riuscito. Forse il mandato è stato revocato. Ricarichi la pagina.
# Shown and announced in the header when the mandate the person acted under was withdrawn.
# Variables:
#   $organisation (String) - the organisation's name, e.g. "Bäckerei Amstutz AG"
common-mandate-ended = Il suo mandato per { $organisation } è terminato. Ora agisce a titolo personale; la pagina mostra le sue pratiche.
