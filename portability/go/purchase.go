// The go client (openapi-generator): get a token, then an approved card sale, against the sandbox.
package main

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	client "github.com/GIT_USER_ID/GIT_REPO_ID"
)

func env(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "%s is not set\n", name)
		os.Exit(2)
	}
	return value
}

// checksum is the gateway's: lowercase hex MD5 of the values joined with "|" (C-SALE for a new payment).
func checksum(values ...string) string {
	sum := md5.Sum([]byte(strings.Join(values, "|")))
	return hex.EncodeToString(sum[:])
}

func main() {
	cfg := client.NewConfiguration()
	cfg.Servers = client.ServerConfigurations{{URL: env("SANDBOX_URL")}}
	api := client.NewAPIClient(cfg)
	memberID, secureKey := env("MEMBER_ID"), env("SECURE_KEY")
	ctx := context.Background()
	token, _, err := api.AuthenticationAPI.CreateAuthToken(ctx).
		AuthenticationPartnerId(env("PARTNER_ID")).
		MerchantUsername(env("MERCHANT_USERNAME")).
		AuthenticationSKey(secureKey).
		Execute()
	if err != nil || token.GetAuthToken() == "" {
		fmt.Fprintln(os.Stderr, "no token:", err)
		os.Exit(1)
	}
	ctx = context.WithValue(ctx, client.ContextAPIKeys, map[string]client.APIKey{"AuthToken": {Key: token.GetAuthToken()}})
	reference := fmt.Sprintf("go-%d", time.Now().UnixNano())
	amount := "10.00"
	payment, _, err := api.PaymentsAPI.CreatePayment(ctx).
		AuthenticationMemberId(memberID).
		AuthenticationChecksum(checksum(memberID, secureKey, reference, amount)).
		AuthenticationTerminalId(env("TERMINAL_ID")).
		MerchantTransactionId(reference).
		Amount(amount).
		Currency("EUR").
		PaymentType(client.SALE_DEBIT).
		PaymentMode("CC").
		PaymentBrand("VISA").
		CardNumber("4000000000000051").
		CardExpiryMonth("12").
		CardExpiryYear("2035").
		CardCvv("123").
		CustomerGivenName("Ada").
		CustomerSurname("Lovelace").
		CustomerEmail("ada@example.com").
		CustomerIp("127.0.0.1").
		Execute()
	if err != nil {
		fmt.Fprintln(os.Stderr, "createPayment failed:", err)
		os.Exit(1)
	}
	status := payment.GetTransactionStatus()
	approved := status.ShortStatus != nil && *status.ShortStatus == client.SHORT_STATUS_SUCCESS
	result := payment.GetResult()
	fmt.Printf("paymentId=%s approved=%v code=%s\n", payment.GetPaymentId(), approved, result.GetCode())
	if !approved || result.GetCode() != "00001" {
		fmt.Fprintln(os.Stderr, "the payment was not approved")
		os.Exit(1)
	}
	fmt.Printf("approved payment %s\n", payment.GetPaymentId())
}
