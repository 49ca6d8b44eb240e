# The headings of the Swiss QR-bill's payment part and receipt. SIX's Swiss Implementation
# Guidelines for the QR-bill (version 2.3) fix their wording in German, French, Italian and
# English: use the guidelines' words exactly.

# Title of the receipt, the slip's left part the payer keeps.
qrbill-receipt = Receipt
# Title of the payment part, the slip's right part with the QR code.
qrbill-payment-part = Payment part
qrbill-account = Account / Payable to
# Also on the invoice above the slip, before the payment reference.
qrbill-reference = Reference
qrbill-additional-information = Additional information
qrbill-payable-by = Payable by
qrbill-currency = Currency
qrbill-amount = Amount
qrbill-acceptance-point = Acceptance point
# Above the line along which the slip is cut off.
qrbill-separate = Separate before paying in
