# Errors and the not-found page. Each message says what happened and what to do.

error-title = Quai n’ha betg funcziunà
error-network = Nagina colliaziun cun il portal. Controllai Vossa colliaziun d’internet ed empruvai anc ina giada.
# Shown when a request gets no answer in time (the app's request timeout).
error-timeout = Il portal n’ha anc betg respundì suenter 15 secundas. Forsa è la colliaziun ussa fitg plauna. Vossas indicaziuns na van betg a perder; empruvai anc ina giada.
error-session-expired = Vossa sesida è scadida. S’annunziai danovamain: silsuenter cuntinuescha quai qua.
error-not-found = Quai na exista betg u na tutga betg tar Voss conto.
error-invalid = Intginas indicaziuns n’èn betg valaivlas. Controllai per plaschair ils champs marcads.
error-invalid-credentials = Il num d’utilisader u il pled-clav è fauss.
error-rate-limited = Memia bleras empruvas. Spetgai 15 minutas ed empruvai lura anc ina giada.
error-conflict = Quai è vegnì midà en il fratemp. Chargiai danovamain la pagina ed empruvai anc ina giada.
error-forbidden = Per quai n’avais Vus betg la permissiun. Chargiai danovamain la pagina ed empruvai anc ina giada.
# A request refused because the mandate it was made under was withdrawn.
error-mandate-ended = Voss mandat per questa organisaziun è terminà. Ussa agis Vus per Vus sez.
error-server = En il portal è succedida ina errur. Empruvai anc ina giada en intginas minutas.
validation-too-long = Questa indicaziun è memia lunga.
validation-invalid = Questa indicaziun n’è betg valaivla.
not-found-title = Pagina betg chattada
not-found-text = Questa pagina na exista betg. Forsa è la colliaziun antiquada u scritta fallà.
not-found-back = Tar mias fatschentas

# Refusals by the account's limits (the portal's quotas), and typed text with control characters.
error-quota-drafts = Vus avais uschè bleras dumondas en elavuraziun sco il portal permetta. Terminai u stizzai ina, alura pudais Vus cumenzar ina nova.
error-quota-files = Voss conto ha uschè bleras datotecas sco il portal tegna en salv. Allontanai ina datoteca d’ina dumonda en elavuraziun per cuntinuar.
error-quota-bytes = Voss conto occupa uschè bler spazi sco il portal tegna en salv. Allontanai ina datoteca d’ina dumonda en elavuraziun u tschernai ina pli pitschna.
error-quota-replies = Vus avais oz gia scrit bleras novitads. Damaun pudais Vus puspè scriver; en cas urgents telefonai a l’autoritad.
error-control-character = Il text cuntegna caracters da controlla invisibels (per exempel d’in text copià). Tippai da nov il lieu pertutgà.
