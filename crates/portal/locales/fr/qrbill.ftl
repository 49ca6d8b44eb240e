# The headings of the Swiss QR-bill's payment part and receipt. SIX's Swiss Implementation
# Guidelines for the QR-bill (version 2.3) fix their wording in German, French, Italian and
# English: use the guidelines' words exactly.

# Title of the receipt, the slip's left part the payer keeps.
qrbill-receipt = Récépissé
# Title of the payment part, the slip's right part with the QR code.
qrbill-payment-part = Section paiement
qrbill-account = Compte / Payable à
# Also on the invoice above the slip, before the payment reference.
qrbill-reference = Référence
qrbill-additional-information = Informations supplémentaires
qrbill-payable-by = Payable par
qrbill-currency = Monnaie
qrbill-amount = Montant
qrbill-acceptance-point = Point de dépôt
# Above the line along which the slip is cut off.
qrbill-separate = A détacher avant le versement
