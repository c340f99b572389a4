// Must NOT compile: createPayment without authentication.checksum (a required field of PaymentRequest).
import { Configuration, PaymentsApi, SalePaymentType } from "./client";

export async function unsigned(): Promise<void> {
  await new PaymentsApi(new Configuration({ basePath: "http://127.0.0.1" })).createPayment({
    authenticationMemberId: "11344",
    authenticationTerminalId: "1106",
    merchantTransactionId: "unsigned",
    amount: "10.00",
    currency: "EUR",
    paymentType: SalePaymentType.SALE_DEBIT,
    paymentMode: "CC",
    paymentBrand: "VISA",
  });
}
