/**
 * The exceptions every package of the library shares: {@link vn.ddci.DdciValidationException} for a
 * value that is not valid, and {@link vn.ddci.InsufficientDataException} for a computation the
 * published data does not allow.
 */
package vn.ddci;
