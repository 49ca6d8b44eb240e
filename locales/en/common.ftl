# Interface chrome shown on every page: header, footer, shared buttons and notices.

# The portal's name as citizens know it; a canton may rename it here.
-portal-name = guichet

common-portal-name = { -portal-name }
# First link on every page, visible when focused by keyboard.
common-skip-to-content = Skip to content
# Accessible name of the list of languages at the top of every page.
common-language-menu-label = Language
# Read by screen readers before the signed-in person's name in the header.
common-signed-in-as = Signed in as
common-sign-out = Sign out
common-footer-text = A service of your municipality and your canton.
# Announced to screen readers while a list is loading.
common-loading = Loading …
common-retry = Try again
# The browser tab's title when a form has errors.
# Variables:
#   $title (String) - the page's normal title, e.g. "Anmelden"
common-error-page-title = Error: { $title }
common-error-summary-title = There is a problem
# Read by screen readers before each field's error message.
common-error-prefix = Error:
# Accessible name of the main navigation under the header.
common-main-nav-label = Main navigation
common-nav-cases = My cases
common-nav-services = Services
# The dialog shown two minutes before the session ends for lack of activity.
session-timeout-title = Your session ends soon
# Variables:
#   $time (String) - the time of day the session ends, e.g. "14:03"
session-timeout-text = Without any action you will be signed out at { $time }. Your answers stay saved.
session-timeout-stay = Stay signed in
# The warning at the absolute end of a session, which staying active cannot move.
# Variables:
#   $time (String) - when the session ends, e.g. "16:45"
session-timeout-final-text = For security, your session ends at { $time } and cannot be extended any more. Your answers stay saved; sign in again afterwards.
# Button that closes that warning.
session-timeout-understood = Understood
# Title of the question when signing out while answers exist only on this device.
common-sign-out-unsaved-title = Not everything is saved
# Variables:
#   $count (Number) - how many applications have answers only on this device
common-sign-out-unsaved-text = This device holds answers to { $count ->
        [one] one application
       *[other] { $count } applications
    } that the portal has not received yet, for example because the connection was lost. Open the application while you are online and they are saved. If you sign out now, they are deleted from this device.
common-sign-out-stay = Stay signed in
common-sign-out-anyway = Sign out and delete them

# The inbox in the main navigation.
common-nav-messages = Messages
# After “Messages” in the navigation.
# Variables:
#   $count (Number) - unread messages
common-nav-unread =
    { $count ->
        [one] (1 unread)
       *[other] ({ $count } unread)
    }
inbox-title = Messages
inbox-empty = You have no messages yet.
# Variables:
#   $count (Number) - unread messages
inbox-unread =
    { $count ->
        [0] All messages are read.
        [one] 1 message is unread.
       *[other] { $count } messages are unread.
    }

# Acting for an organisation under a mandate, in the header.
# Before the organisation's name.
common-party-acting-for = You are acting for
common-party-acting-self = You are acting for yourself.
# After the organisation's name when the mandate allows reading only.
common-party-read-only = (read only)
common-party-label = Act for
# The choice to act for oneself.
# Variables:
#   $name (String) - the signed-in person's name
common-party-self = Myself ({ $name })
common-party-switch = Switch
common-party-failed = The switch did not work. The mandate may have been withdrawn. Reload the page.
# Shown and announced in the header when the mandate the person acted under was withdrawn.
# Variables:
#   $organisation (String) - the organisation's name, e.g. "Bäckerei Amstutz AG"
common-mandate-ended = Your mandate for { $organisation } has ended. You now act for yourself; the page shows your own cases.
