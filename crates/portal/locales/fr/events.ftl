# A case's history: what each step means for the citizen and what happens next. Written into
# the history when the case reaches the step, and into the demo letters.

event-received = Nous avons bien reçu votre demande. Nous l’examinons et vous informerons dès qu’elle sera traitée.
event-in-progress = Votre demande est en cours de traitement. Vous n’avez rien à faire pour l’instant.
event-action-required = Il nous manque une information. Veuillez fournir les documents demandés d’ici le délai indiqué.
# The document the case produced is listed below this text, on the case's page.
event-completed = Votre demande est traitée. Vous trouverez le document ci-dessous.
event-rejected = Nous n’avons malheureusement pas pu donner suite à votre demande. Les motifs et les voies de recours figurent dans la décision.
