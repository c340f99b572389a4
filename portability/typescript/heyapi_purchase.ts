// @hey-api/openapi-ts client: get a token, then an approved card sale, against the sandbox.
import { createHash } from "node:crypto";
import { createClient } from "./client/client";
import { createAuthToken, createPayment } from "./client/sdk.gen";

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
  const baseUrl = env("SANDBOX_URL");
  const memberId = env("MEMBER_ID");
  const secureKey = env("SECURE_KEY");
  const anonymous = createClient({ baseUrl });
  const token = await createAuthToken({
    client: anonymous,
    throwOnError: true,
    body: {
      "authentication.partnerId": env("PARTNER_ID"),
      "merchant.username": env("MERCHANT_USERNAME"),
      "authentication.sKey": secureKey,
    },
  });
  const authToken = token.data.AuthToken;
  if (!authToken) throw new Error(`no token: ${JSON.stringify(token.data.result)}`);
  const client = createClient({ baseUrl, auth: () => authToken });
  const merchantTransactionId = `hey-api-${Date.now()}`;
  const amount = "10.00";
  const payment = await createPayment({
    client,
    throwOnError: true,
    body: {
      "authentication.memberId": memberId,
      "authentication.checksum": checksum(memberId, secureKey, merchantTransactionId, amount),
      "authentication.terminalId": env("TERMINAL_ID"),
      merchantTransactionId,
      amount,
      currency: "EUR",
      paymentType: "DB",
      paymentMode: "CC",
      paymentBrand: "VISA",
      "card.number": "4000000000000051",
      "card.expiryMonth": "12",
      "card.expiryYear": "2035",
      "card.cvv": "123",
      "customer.givenName": "Ada",
      "customer.surname": "Lovelace",
      "customer.email": "ada@example.com",
      "customer.ip": "127.0.0.1",
    },
  });
  const { paymentId, transactionStatus, result } = payment.data;
  console.log(JSON.stringify({ paymentId, transactionStatus, result }));
  if (transactionStatus !== "Y" || result?.code !== "00001") throw new Error("the payment was not approved");
  console.log(`approved payment ${paymentId}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
