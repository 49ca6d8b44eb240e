#!/usr/bin/env python3
"""Prints the QR-bill payload that PyPI's qrbill (an independent implementation) makes of a bill.

Usage: reference.py < bill.json

bill.json: {"iban", "amount" ("60.00"), "reference" (27 digits), "message", "language",
"creditor" and "debtor": {"name", "street", "building_number", "postcode", "town", "country"}}.
Prints QRBill(...).qr_data() as UTF-8 with no newline added. qrbill separates the elements
with CR LF; the guidelines allow CR LF or LF.
"""
import json
import sys

from qrbill import QRBill


def address(party: dict) -> dict:
    return {
        "name": party["name"],
        "street": party["street"],
        "house_num": party["building_number"],
        "pcode": party["postcode"],
        "city": party["town"],
        "country": party["country"],
    }


def main() -> int:
    bill = json.load(sys.stdin)
    language = bill["language"] if bill["language"] in ("de", "fr", "it", "en") else "de"
    qr = QRBill(
        account=bill["iban"],
        creditor=address(bill["creditor"]),
        debtor=address(bill["debtor"]),
        amount=bill["amount"],
        currency="CHF",
        reference_number=bill["reference"],
        additional_information=bill["message"],
        language=language,
    )
    sys.stdout.buffer.write(qr.qr_data().encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
