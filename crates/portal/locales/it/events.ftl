# A case's history: what each step means for the citizen and what happens next. Written into
# the history when the case reaches the step, and into the demo letters.

event-received = Abbiamo ricevuto la sua richiesta. La esaminiamo e la informeremo non appena sarà evasa.
event-in-progress = La sua richiesta è in elaborazione. Per il momento non deve fare nulla.
event-action-required = Ci manca un’informazione. La preghiamo di inoltrare i documenti richiesti entro il termine indicato.
# The document the case produced is listed below this text, on the case's page.
event-completed = La sua richiesta è stata evasa. Trova il documento qui sotto.
event-rejected = Purtroppo non abbiamo potuto accogliere la sua richiesta. La motivazione e i rimedi giuridici figurano nella decisione.
