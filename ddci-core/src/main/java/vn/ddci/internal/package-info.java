/**
 * Internal support of the library: not part of the API, may change without notice.
 */
package vn.ddci.internal;
