# A case's history: what each step means for the citizen and what happens next. Written into
# the history when the case reaches the step, and into the demo letters.

event-received = Nus avain retschavì Vossa dumonda. Nus l’examinain e As infurmain uschespert ch’ella è elavurada.
event-in-progress = Vossa dumonda vegn elavurada. Vus na stuais far nagut per il mument.
event-action-required = I ans manca ina indicaziun. Inoltrai p.pl. ils documents pretendids fin il termin indicà.
# The document the case produced is listed below this text, on the case's page.
event-completed = Vossa dumonda è evadida. Il document chattais Vus sutvart.
event-rejected = Nus n’avain deplorablamain betg pudì approvar Vossa dumonda. La motivaziun e l’instrucziun davart ils meds legals stattan en la disposiziun.
