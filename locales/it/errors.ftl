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
# A request refused because the mandate it was made under was withdrawn.
error-mandate-ended = Il suo mandato per questa organizzazione è terminato. Ora agisce a titolo personale.
error-server = Si è verificato un errore nel portale. Riprovi tra qualche minuto.
validation-too-long = Questo dato è troppo lungo.
validation-invalid = Questo dato non è valido.
not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste. Forse il link è obsoleto o contiene un errore.
not-found-back = Alle mie pratiche

# Refusals by the account's limits (the portal's quotas), and typed text with control characters.
error-quota-drafts = Ha tante domande in corso quante il portale ne permette. Ne concluda o ne scarti una, poi potrà iniziarne una nuova.
error-quota-files = Il suo conto contiene tanti file quanti il portale ne conserva. Rimuova un file da una domanda in corso per continuare.
error-quota-bytes = Il suo conto occupa tanto spazio quanto il portale ne conserva. Rimuova un file da una domanda in corso o ne scelga uno più piccolo.
error-quota-replies = Oggi ha già scritto molti messaggi. Domani potrà scrivere di nuovo; per urgenze telefoni all’autorità.
error-control-character = Il testo contiene caratteri di controllo invisibili (per esempio da un testo copiato). Riscriva il punto interessato.
