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
