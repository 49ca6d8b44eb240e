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
# Shown when a page needs sign-in: the session ended, or the person was never signed in.
sign-in-required = Your session has ended or you are not signed in. Sign in, and you will continue on the page you were on.
# Under the message above when the page to return to is an online application.
sign-in-answers-safe = Your answers in the application are saved and will be back as soon as you have signed in.
