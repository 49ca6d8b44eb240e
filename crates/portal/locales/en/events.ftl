# A case's history: what each step means for the citizen and what happens next. Written into
# the history when the case reaches the step, and into the demo letters.

event-received = We have received your request. We are checking it and will let you know as soon as it has been processed.
event-in-progress = Your request is being processed. There is nothing you need to do at the moment.
event-action-required = Some information is missing. Please send the documents we asked for by the deadline shown.
# The document the case produced is listed below this text, on the case's page.
event-completed = Your request has been completed. You will find the document below.
event-rejected = Unfortunately we could not approve your request. The reasons and how to appeal are set out in the decision.
