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
error-server = En il portal è succedida ina errur. Empruvai anc ina giada en intginas minutas.
validation-too-long = Questa indicaziun è memia lunga.
validation-invalid = Questa indicaziun n’è betg valaivla.
not-found-title = Pagina betg chattada
not-found-text = Questa pagina na exista betg. Forsa è la colliaziun antiquada u scritta fallà.
not-found-back = Tar mias fatschentas
