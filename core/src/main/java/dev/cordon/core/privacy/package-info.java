/**
 * Personal information (API tier, 個人信息保護): which values of a record are personal
 * ({@link dev.cordon.core.validation.PersonalField}), how a record is redacted without losing the facts
 * that are not ({@link dev.cordon.core.privacy.Redaction}), how long each kind of value is kept
 * ({@link dev.cordon.core.policy.Retention}), and the append-only logs of purges and reveals
 * ({@link dev.cordon.core.privacy.PurgeRecord}, {@link dev.cordon.core.privacy.AccessRecord}).
 */
package dev.cordon.core.privacy;
