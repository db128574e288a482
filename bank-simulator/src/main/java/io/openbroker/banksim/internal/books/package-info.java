/** The bank's books: accounts, bindings, transfers and the events that change them. */
package io.openbroker.banksim.internal.books;
