# Signing in and out.

sign-in-title = Sign in
sign-in-username-label = Username
sign-in-password-label = Password
sign-in-submit = Sign in
# Button text while the sign-in is being checked.
sign-in-submitting = Signing in …
sign-in-username-required = Enter your username.
sign-in-password-required = Enter your password.
sign-in-signed-out = You have signed out.
# Shown on the sign-in page after a session ended by itself (a timeout), not after signing out.
sign-in-expired = Your session has ended. Sign in again and you will be taken back to the page you were on.
# On the sign-in page when a signed-out visitor asked for a page that needs an account.
sign-in-to-continue = Sign in to continue. You will then go straight to the page you asked for.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Your answers in the application are saved and will be back as soon as you have signed in.
