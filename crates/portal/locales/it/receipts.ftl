# The PDF documents a submitted application produces: the acknowledgement of receipt, with
# the answers as submitted, and the invoice when a fee is due.

# The acknowledgement's title; also its name in the case's documents and in its file name.
receipt-title = Conferma di ricezione
# The invoice's title; also its name in the case's documents and in its file name.
receipt-invoice-title = Fattura
# Label before the case reference, e.g. LU-2026-483920.
receipt-reference = Riferimento
# Label before the name of the online service that was used.
receipt-service = Servizio
# Heading over the list of the citizen's answers.
receipt-answers = I suoi dati
# Label of the fee's total, on the acknowledgement and on the invoice.
receipt-total = Totale
# On the acknowledgement below the fee, and as the invoice's opening paragraph.
receipt-payment-due = L’emolumento è ancora da pagare: utilizzi la fattura QR entro 30 giorni.
# The acknowledgement's last paragraph.
receipt-closing = Grazie. Può seguire lo stato della sua pratica in ogni momento sul portale.
# A yes/no answer in the list of answers.
receipt-yes = Sì
receipt-no = No
# After an address or postcode in the list of answers: the municipality it lies in, which
# decides the office that handles the case.
# Variables:
#   $municipality (String) - the municipality's name, e.g. Kriens
#   $canton (String) - its canton's abbreviation, e.g. LU
#   $bfs (String) - its number in the Federal Statistical Office's list, e.g. 1059
receipt-municipality = Comune: { $municipality } ({ $canton }), n. UST { $bfs }
