/**
 * A small JDBC store base: where a store lives ({@link io.openbroker.core.store.StoreLocation}),
 * transactions ({@link io.openbroker.core.store.Transactor}) and versioned schema migrations
 * ({@link io.openbroker.core.store.SchemaMigrator}). H2 (file or memory) is the embedded default;
 * any JDBC database with a driver on the class path works.
 */
package io.openbroker.core.store;
