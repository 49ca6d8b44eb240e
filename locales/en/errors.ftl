# Errors and the not-found page. Each message says what happened and what to do.

error-title = Something went wrong
error-network = No connection to the portal. Check your internet connection and try again.
# Shown when a request gets no answer in time (the app's request timeout).
error-timeout = The portal has not answered after 15 seconds. The connection may be very slow right now. Nothing you entered is lost; try again.
error-session-expired = Your session has ended. Sign in again, and you will continue here.
error-not-found = This does not exist or does not belong to your account.
error-invalid = Some answers are not valid. Please check the marked fields.
error-invalid-credentials = The username or password is wrong.
error-rate-limited = Too many attempts. Wait 15 minutes, then try again.
error-conflict = This has changed in the meantime. Reload the page and try again.
error-forbidden = You do not have permission to do this. Reload the page and try again.
# A request refused because the mandate it was made under was withdrawn.
error-mandate-ended = Your mandate for this organisation has ended. You now act for yourself.
error-server = Something went wrong on the portal. Try again in a few minutes.
validation-too-long = This answer is too long.
validation-invalid = This answer is not valid.
not-found-title = Page not found
not-found-text = This page does not exist. The link may be out of date or mistyped.
not-found-back = Go to my cases

# Refusals by the account's limits (the portal's quotas), and typed text with control characters.
error-quota-drafts = You have as many applications in progress as the portal allows. Finish or discard one, then you can start a new one.
error-quota-files = Your account holds as many files as the portal keeps. Remove a file from an application in progress to go on.
error-quota-bytes = Your account uses as much space as the portal keeps. Remove a file from an application in progress, or choose a smaller one.
error-quota-replies = You have already written many messages today. You can write again tomorrow; if it is urgent, call the authority.
error-control-character = The text contains invisible control characters (from copied text, for example). Type that part again.
