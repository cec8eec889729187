// A thin RAII layer over the SQLite3 C API for the run store: a connection, prepared statements
// with typed binds and reads, and transactions. Internal to core/store; errors become StoreError.
#pragma once

#include "error.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dbw {

namespace sqlite {

// SQLITE_BUSY: another connection holds a lock. Some lock changes (switching to WAL, a store
// being created by another process) report it at once instead of waiting: callers retry.
class BusyError : public StoreError {
public:
    using StoreError::StoreError;
};

class Statement;

class Connection {
public:
    Connection() = default;
    // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE [| SQLITE_OPEN_CREATE] [|
    // SQLITE_OPEN_URI]. displayPath names the file in messages when `path` is a URI.
    Connection(const std::string &path, int flags, std::string displayPath = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }
    void execute(const std::string &sql);
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }
    // Throws StoreError with a message that explains common codes (not a database, corrupt,
    // read-only, busy).
    [[noreturn]] void fail(int code, const std::string &what) const;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    Statement(Connection &connection, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);  // NaN is stored as NULL (SQLite has no NaN)
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value) {
        return bind(index, std::string_view(value));
    }
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // true while there is a row to read; false when done.
    bool step();
    void run();  // step to completion, expecting no rows
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;  // NULL reads as NaN
    std::string text(int column) const;
    std::string blob(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    Connection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed without commit(). IMMEDIATE takes the
// write lock up front, so two writers queue on the busy timeout instead of deadlocking.
class Transaction {
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    void commit();

private:
    Connection &m_connection;
    bool m_done = false;
};

}  // namespace sqlite
}  // namespace dbw
