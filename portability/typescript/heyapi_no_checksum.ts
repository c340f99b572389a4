// Must NOT compile: createPayment without authentication.checksum (a required field of PaymentRequest).
import { createPayment } from "./client/sdk.gen";

export async function unsigned(): Promise<void> {
  await createPayment({
    body: {
      "authentication.memberId": "11344",
      "authentication.terminalId": "1106",
      merchantTransactionId: "unsigned",
      amount: "10.00",
      currency: "EUR",
      paymentType: "DB",
      paymentMode: "CC",
      paymentBrand: "VISA",
    },
  });
}
