# The dashboard: the list of the signed-in person's cases.

dashboard-title = Mias fatschentas
# Variables:
#   $count (Number) - number of cases not yet completed or rejected
dashboard-open-count =
    { $count ->
        [0] Nagina fatschenta averta
        [one] 1 fatschenta averta
       *[other] { $count } fatschentas avertas
    }
# Variables:
#   $count (Number) - number of cases waiting for something from the citizen
dashboard-action-count =
    { $count ->
        [0] Nagut na spetga sin Vus
        [one] 1 fatschenta spetga sin Vus
       *[other] { $count } fatschentas spetgan sin Vus
    }
dashboard-empty-title = Anc naginas fatschentas
dashboard-empty-text = Uschespert che Vus inoltrais ina dumonda u ch’in uffizi As trametta insatge, vesais Vus quai qua.
# Label of the date by which the citizen must act.
dashboard-case-deadline = Termin
# Label of the date by which the authority expects to decide.
dashboard-case-expected = Probablamain terminà fin ils
# Button above the cases that leads to the service catalogue.
dashboard-new-application = Nova dumonda
# Heading of the list of applications started but not yet submitted.
dashboard-open-applications = Vossas dumondas cumenzadas
# A link to continue an application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
#   $saved (String) - when it was last saved, e.g. "23.11.2026, 14:03"
dashboard-continue-application = { $service } – cuntinuar (memorisada ils { $saved })
# Under the open applications: how long an untouched application is kept.
# Variables:
#   $days (Number) - the number of days, e.g. 30
dashboard-drafts-kept = Dumondas cumenzadas restan memorisadas { $days ->
        [one] in di
       *[other] { $days } dis
    } suenter l’ultima midada, lura vegnan ellas stizzadas.
# Next to an open application: the last day it is kept unless saved again.
# Variables:
#   $date (String) - a date, e.g. "23.12.2026"
dashboard-draft-expires = memorisà fin ils { $date }
# Button next to an open application; its name follows for screen readers.
dashboard-draft-delete = Stizzar
# Title of the question before an open application is deleted.
dashboard-draft-delete-title = Stizzar questa dumonda?
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-delete-text = Stizzar «{ $service }» cun tut las indicaziuns e datotecas chargiadas si? Quai na po betg vegnir revocà.
dashboard-draft-delete-cancel = Interrumper
dashboard-draft-delete-confirm = Gea, stizzar
# Announced after deleting an open application.
# Variables:
#   $service (String) - the service's name, e.g. "Hund anmelden"
dashboard-draft-deleted = «{ $service }» è vegnida stizzada.
