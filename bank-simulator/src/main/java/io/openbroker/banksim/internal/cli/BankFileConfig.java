package io.openbroker.banksim.internal.cli;

import java.util.List;

/**
 * The stand-alone bank's configuration file (JSON). Key files are PEM, relative to the file's
 * directory.
 *
 * <pre>{@code
 * {"bankKeys": [{"keyId": "bank-sm2", "privateKeyPem": "bank-sm2-private.pem"}],
 *  "brokers": [{"brokerId": "broker-1", "keyId": "broker-1-sm2",
 *               "publicKeyPem": "broker-1-public.pem", "endpoint": "http://127.0.0.1:9090"}],
 *  "admin": {"keyId": "admin", "publicKeyPem": "admin-public.pem"},
 *  "dayCut": "16:00", "transferHours": ["00:00", "00:00"], "perTransferLimit": "1000000.00",
 *  "weekendsClosed": true, "holidays": ["2026-10-01"]}
 * }</pre>
 *
 * <p>{@code weekendsClosed} and {@code holidays} make the business calendar (default: every day).
 */
public record BankFileConfig(
    List<KeyFile> bankKeys,
    List<Broker> brokers,
    Admin admin,
    String dayCut,
    List<String> transferHours,
    String perTransferLimit,
    Boolean weekendsClosed,
    List<String> holidays) {

  /** One of the bank's private keys. */
  public record KeyFile(String keyId, String privateKeyPem) {}

  /** A broker: its key and (optionally) its inbound endpoint. */
  public record Broker(String brokerId, String keyId, String publicKeyPem, String endpoint) {}

  /** The admin key. */
  public record Admin(String keyId, String publicKeyPem) {}
}
