# The PDF documents a submitted application produces: the acknowledgement of receipt, with
# the answers as submitted, and the invoice when a fee is due.

# The acknowledgement's title; also its name in the case's documents and in its file name.
receipt-title = Conferma d’entrada
# The invoice's title; also its name in the case's documents and in its file name.
receipt-invoice-title = Quint
# Label before the case reference, e.g. LU-2026-483920.
receipt-reference = Referenza
# Label before the name of the online service that was used.
receipt-service = Servetsch
# Heading over the list of the citizen's answers.
receipt-answers = Vossas indicaziuns
# Label of the fee's total, on the acknowledgement and on the invoice.
receipt-total = Total
# On the acknowledgement below the fee, and as the invoice's opening paragraph.
receipt-payment-due = La taxa sto anc vegnir pajada: utilisai p.pl. il quint QR entaifer 30 dis.
# The acknowledgement's last paragraph.
receipt-closing = Grazia fitg. Vus vesais il stadi da Vossa fatschenta da tut temp en il portal.
# A yes/no answer in the list of answers.
receipt-yes = Gea
receipt-no = Na
# After an address or postcode in the list of answers: the municipality it lies in, which
# decides the office that handles the case.
# Variables:
#   $municipality (String) - the municipality's name, e.g. Kriens
#   $canton (String) - its canton's abbreviation, e.g. LU
#   $bfs (String) - its number in the Federal Statistical Office's list, e.g. 1059
receipt-municipality = Vischnanca: { $municipality } ({ $canton }), nr. UST { $bfs }
