# Interface chrome shown on every page: header, footer, shared buttons and notices.

# The portal's name as citizens know it; a canton may rename it here.
-portal-name = guichet

common-portal-name = { -portal-name }
# First link on every page, visible when focused by keyboard.
common-skip-to-content = Siglir al cuntegn
# Accessible name of the list of languages at the top of every page.
common-language-menu-label = Lingua
# Read by screen readers before the signed-in person's name in the header.
common-signed-in-as = Annunzià sco
common-sign-out = Sa deannunziar
common-footer-text = In servetsch da Vossa vischnanca e da Voss chantun.
# Announced to screen readers while a list is loading.
common-loading = Vegn chargià …
common-retry = Empruvar anc ina giada
# The browser tab's title when a form has errors.
# Variables:
#   $title (String) - the page's normal title, e.g. "Anmelden"
common-error-page-title = Errur: { $title }
common-error-summary-title = Curregi per plaschair il suandant
# Read by screen readers before each field's error message.
common-error-prefix = Errur:
# Accessible name of the main navigation under the header.
common-main-nav-label = Navigaziun principala
common-nav-cases = Mias fatschentas
common-nav-services = Servetschs
# The dialog shown two minutes before the session ends for lack of activity.
session-timeout-title = Vossa sessiun finescha bainbaud
# Variables:
#   $time (String) - the time of day the session ends, e.g. "14:03"
session-timeout-text = Senza ina acziun vegnis Vus deannunzià a las { $time }. Vossas indicaziuns restan memorisadas.
session-timeout-stay = Restar annunzià
# The warning at the absolute end of a session, which staying active cannot move.
# Variables:
#   $time (String) - when the session ends, e.g. "16:45"
session-timeout-final-text = Per motivs da segirezza finescha Vossa sessiun a las { $time } e na po betg pli vegnir prolungada. Vossas indicaziuns restan memorisadas; s’annunziai lura danovamain.
# Button that closes that warning.
session-timeout-understood = Chapì
# Title of the question when signing out while answers exist only on this device.
common-sign-out-unsaved-title = Betg tut è memorisà
# Variables:
#   $count (Number) - how many applications have answers only on this device
common-sign-out-unsaved-text = Sin quest apparat datti indicaziuns tar { $count ->
        [one] ina dumonda
       *[other] { $count } dumondas
    } ch’il portal n’ha anc betg retschavì, per exempel perquai che la connexiun mancava. Avri la dumonda uschè ditg che Vus essas online, lura vegnan ellas memorisadas. Sche Vus As deannunziais ussa, vegnan ellas stizzadas da quest apparat.
common-sign-out-stay = Restar annunzià
common-sign-out-anyway = Sa deannunziar e stizzar ellas

# The inbox in the main navigation.
common-nav-messages = Messadis
# After “Messages” in the navigation.
# Variables:
#   $count (Number) - unread messages
common-nav-unread =
    { $count ->
        [one] (1 betg legì)
       *[other] ({ $count } betg legids)
    }
inbox-title = Messadis
inbox-empty = Vus n’avais anc nagins messadis.
# Variables:
#   $count (Number) - unread messages
inbox-unread =
    { $count ->
        [0] Tut ils messadis èn legids.
        [one] 1 messadi n’è betg legì.
       *[other] { $count } messadis n’èn betg legids.
    }

# Acting for an organisation under a mandate, in the header.
# Before the organisation's name.
common-party-acting-for = Vus agis per
common-party-acting-self = Vus agis per Vus sez.
# After the organisation's name when the mandate allows reading only.
common-party-read-only = (mo leger)
common-party-label = Agir per
# The choice to act for oneself.
# Variables:
#   $name (String) - the signed-in person's name
common-party-self = Mai sez ({ $name })
common-party-switch = Midar
common-party-failed = La midada n’ha betg funcziunà. Forsa è il mandat vegnì retratg. Chargiai danovamain la pagina.
# Shown and announced in the header when the mandate the person acted under was withdrawn.
# Variables:
#   $organisation (String) - the organisation's name, e.g. "Bäckerei Amstutz AG"
common-mandate-ended = Voss mandat per { $organisation } è terminà. Ussa agis Vus per Vus sez; la pagina mussa Vossas atgnas fatschentas.
