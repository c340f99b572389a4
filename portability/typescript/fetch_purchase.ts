// typescript-fetch client (openapi-generator): get a token, then an approved card sale, against the sandbox.
import { createHash } from "node:crypto";
import { AuthenticationApi, Configuration, PaymentsApi, SalePaymentType } from "./client";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

// The gateway's checksum: lowercase hex MD5 of the values joined with "|" (C-SALE for a new payment).
function checksum(...values: string[]): string {
  return createHash("md5").update(values.join("|")).digest("hex");
}

async function main(): Promise<void> {
  const basePath = env("SANDBOX_URL");
  const memberId = env("MEMBER_ID");
  const secureKey = env("SECURE_KEY");
  const token = await new AuthenticationApi(new Configuration({ basePath })).createAuthToken({
    authenticationPartnerId: env("PARTNER_ID"),
    merchantUsername: env("MERCHANT_USERNAME"),
    authenticationSKey: secureKey,
  });
  if (!token.authToken) throw new Error(`no token: ${JSON.stringify(token.result)}`);
  const payments = new PaymentsApi(new Configuration({ basePath, apiKey: token.authToken }));
  const merchantTransactionId = `ts-fetch-${Date.now()}`;
  const amount = "10.00";
  const payment = await payments.createPayment({
    authenticationMemberId: memberId,
    authenticationChecksum: checksum(memberId, secureKey, merchantTransactionId, amount),
    authenticationTerminalId: env("TERMINAL_ID"),
    merchantTransactionId,
    amount,
    currency: "EUR",
    paymentType: SalePaymentType.SALE_DEBIT,
    paymentMode: "CC",
    paymentBrand: "VISA",
    cardNumber: "4000000000000051",
    cardExpiryMonth: "12",
    cardExpiryYear: "2035",
    cardCvv: "123",
    customerGivenName: "Ada",
    customerSurname: "Lovelace",
    customerEmail: "ada@example.com",
    customerIp: "127.0.0.1",
  });
  console.log(JSON.stringify({ paymentId: payment.paymentId, transactionStatus: payment.transactionStatus, result: payment.result }));
  if (payment.transactionStatus !== "Y" || payment.result?.code !== "00001") {
    throw new Error("the payment was not approved");
  }
  console.log(`approved payment ${payment.paymentId}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
