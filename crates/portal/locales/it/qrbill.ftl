# The headings of the Swiss QR-bill's payment part and receipt. SIX's Swiss Implementation
# Guidelines for the QR-bill (version 2.3) fix their wording in German, French, Italian and
# English: use the guidelines' words exactly.

# Title of the receipt, the slip's left part the payer keeps.
qrbill-receipt = Ricevuta
# Title of the payment part, the slip's right part with the QR code.
qrbill-payment-part = Sezione pagamento
qrbill-account = Conto / Pagabile a
# Also on the invoice above the slip, before the payment reference.
qrbill-reference = Riferimento
qrbill-additional-information = Informazioni supplementari
qrbill-payable-by = Pagabile da
qrbill-currency = Valuta
qrbill-amount = Importo
qrbill-acceptance-point = Punto di accettazione
# Above the line along which the slip is cut off.
qrbill-separate = Da staccare prima del versamento
