# Errors and the not-found page. Each message says what happened and what to do.

error-title = Qualcosa non ha funzionato
error-network = Nessuna connessione con il portale. Verifichi la connessione Internet e riprovi.
# Shown when a request gets no answer in time (the app's request timeout).
error-timeout = Il portale non ha ancora risposto dopo 15 secondi. Forse la connessione è molto lenta in questo momento. I suoi dati non vanno persi; riprovi.
error-session-expired = La sua sessione è scaduta. Acceda di nuovo: poi si riprende da qui.
error-not-found = Questo elemento non esiste o non appartiene al suo conto.
error-invalid = Alcuni dati non sono validi. Verifichi i campi segnalati.
error-invalid-credentials = Nome utente o password errati.
error-rate-limited = Troppi tentativi. Attenda 15 minuti e poi riprovi.
error-conflict = Questo elemento è stato modificato nel frattempo. Ricarichi la pagina e riprovi.
error-forbidden = Non dispone dell’autorizzazione necessaria. Ricarichi la pagina e riprovi.
error-server = Si è verificato un errore nel portale. Riprovi tra qualche minuto.
validation-too-long = Questo dato è troppo lungo.
validation-invalid = Questo dato non è valido.
not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste. Forse il link è obsoleto o contiene un errore.
not-found-back = Alle mie pratiche
