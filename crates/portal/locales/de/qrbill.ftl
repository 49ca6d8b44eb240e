# The headings of the Swiss QR-bill's payment part and receipt. SIX's Swiss Implementation
# Guidelines for the QR-bill (version 2.3) fix their wording in German, French, Italian and
# English: use the guidelines' words exactly.

# Title of the receipt, the slip's left part the payer keeps.
qrbill-receipt = Empfangsschein
# Title of the payment part, the slip's right part with the QR code.
qrbill-payment-part = Zahlteil
qrbill-account = Konto / Zahlbar an
# Also on the invoice above the slip, before the payment reference.
qrbill-reference = Referenz
qrbill-additional-information = Zusätzliche Informationen
qrbill-payable-by = Zahlbar durch
qrbill-currency = Währung
qrbill-amount = Betrag
qrbill-acceptance-point = Annahmestelle
# Above the line along which the slip is cut off.
qrbill-separate = Vor der Einzahlung abzutrennen
