# Interface chrome shown on every page: header, footer, shared buttons and notices.

# The portal's name as citizens know it; a canton may rename it here.
-portal-name = guichet

common-portal-name = { -portal-name }
# First link on every page, visible when focused by keyboard.
common-skip-to-content = Zum Inhalt springen
# Accessible name of the list of languages at the top of every page.
common-language-menu-label = Sprache
# Read by screen readers before the signed-in person's name in the header.
common-signed-in-as = Angemeldet als
common-sign-out = Abmelden
common-footer-text = Ein Angebot Ihrer Gemeinde und Ihres Kantons.
# Announced to screen readers while a list is loading.
common-loading = Wird geladen …
common-retry = Erneut versuchen
# The browser tab's title when a form has errors.
# Variables:
#   $title (String) - the page's normal title, e.g. "Anmelden"
common-error-page-title = Fehler: { $title }
common-error-summary-title = Bitte korrigieren Sie Folgendes
# Read by screen readers before each field's error message.
common-error-prefix = Fehler:
# Accessible name of the main navigation under the header.
common-main-nav-label = Hauptnavigation
common-nav-cases = Meine Geschäfte
common-nav-services = Dienstleistungen
# The dialog shown two minutes before the session ends for lack of activity.
session-timeout-title = Ihre Sitzung endet bald
# Variables:
#   $time (String) - the time of day the session ends, e.g. "14:03"
session-timeout-text = Ohne eine Aktion werden Sie um { $time } abgemeldet. Ihre Angaben bleiben gespeichert.
session-timeout-stay = Angemeldet bleiben
# The warning at the absolute end of a session, which staying active cannot move.
# Variables:
#   $time (String) - when the session ends, e.g. "16:45"
session-timeout-final-text = Aus Sicherheitsgründen endet Ihre Sitzung um { $time }, und sie lässt sich nicht mehr verlängern. Ihre Angaben bleiben gespeichert; melden Sie sich danach erneut an.
# Button that closes that warning.
session-timeout-understood = Verstanden
# Title of the question when signing out while answers exist only on this device.
common-sign-out-unsaved-title = Nicht alle Angaben sind gespeichert
# Variables:
#   $count (Number) - how many applications have answers only on this device
common-sign-out-unsaved-text = Auf diesem Gerät gibt es Angaben zu { $count ->
        [one] einem Antrag
       *[other] { $count } Anträgen
    }, die das Portal noch nicht erhalten hat, zum Beispiel weil die Verbindung fehlte. Öffnen Sie den Antrag, solange Sie online sind, dann werden sie gespeichert. Wenn Sie sich jetzt abmelden, werden sie von diesem Gerät gelöscht.
common-sign-out-stay = Angemeldet bleiben
common-sign-out-anyway = Abmelden und Angaben löschen

# The inbox in the main navigation.
common-nav-messages = Nachrichten
# After “Messages” in the navigation.
# Variables:
#   $count (Number) - unread messages
common-nav-unread =
    { $count ->
        [one] (1 ungelesen)
       *[other] ({ $count } ungelesen)
    }
inbox-title = Nachrichten
inbox-empty = Sie haben noch keine Nachrichten.
# Variables:
#   $count (Number) - unread messages
inbox-unread =
    { $count ->
        [0] Alle Nachrichten sind gelesen.
        [one] 1 Nachricht ist ungelesen.
       *[other] { $count } Nachrichten sind ungelesen.
    }

# Acting for an organisation under a mandate, in the header.
# Before the organisation's name.
common-party-acting-for = Sie handeln für
common-party-acting-self = Sie handeln für sich selbst.
# After the organisation's name when the mandate allows reading only.
common-party-read-only = (nur lesen)
common-party-label = Handeln für
# The choice to act for oneself.
# Variables:
#   $name (String) - the signed-in person's name
common-party-self = Mich selbst ({ $name })
common-party-switch = Wechseln
common-party-failed = Der Wechsel hat nicht geklappt. Vielleicht wurde das Mandat zurückgezogen. Laden Sie die Seite neu.
# Shown and announced in the header when the mandate the person acted under was withdrawn.
# Variables:
#   $organisation (String) - the organisation's name, e.g. "Bäckerei Amstutz AG"
common-mandate-ended = Ihr Mandat für { $organisation } ist beendet. Sie handeln jetzt für sich selbst; die Seite zeigt Ihre eigenen Geschäfte.
