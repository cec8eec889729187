#include "store/sqlite.h"

#include <cmath>
#include <limits>

namespace dbw::sqlite {

Connection::Connection(const std::string &path, int flags, std::string displayPath)
    : m_path(displayPath.empty() ? path : std::move(displayPath)) {
    const int code = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
        const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close(m_db);
        m_db = nullptr;
        if (code == SQLITE_CANTOPEN)
            throw StoreError(m_path, "cannot open the run store (" + detail +
                                         "); check that the folder exists and is writable, or "
                                         "choose another store with --store PATH or DBW_STORE");
        throw StoreError(m_path, "cannot open the run store: " + detail + " (code " +
                                     std::to_string(extended) + ")");
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Connection::fail(int code, const std::string &what) const {
    const std::string detail = sqlite3_errmsg(m_db);
    switch (code & 0xFF) {
        case SQLITE_NOTADB:
            throw StoreError(m_path, "is not a SQLite database (" + detail +
                                         "); expected a run store made by dbw or the workbench");
        case SQLITE_CORRUPT:
            throw StoreError(m_path,
                             "the database is damaged (" + detail +
                                 "); restore a backup or start a new store with --store PATH");
        case SQLITE_READONLY:
            throw StoreError(
                m_path,
                "the store is read-only (" + detail +
                    "); reading commands (dbw runs list, show, export) still work; "
                    "to record runs choose a writable store with --store PATH or DBW_STORE");
        case SQLITE_BUSY:
            throw BusyError(m_path, "the store stayed locked by another process (" + detail + ")");
        case SQLITE_CANTOPEN:
        case SQLITE_IOERR:
            throw StoreError(m_path, "cannot read or write the store file (" + detail + ")");
        default:
            throw StoreError(m_path, what + ": " + detail);
    }
}

void Connection::execute(const std::string &sql) {
    char *error = nullptr;
    const int code = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (code != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db), "SQL failed");
}

Statement::Statement(Connection &connection, std::string_view sql) : m_connection(connection) {
    const int code = sqlite3_prepare_v2(connection.handle(), sql.data(),
                                        static_cast<int>(sql.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        connection.fail(code, "cannot prepare a query");
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value) {
    if (std::isnan(value))
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob(m_statement, index, bytes.data(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    m_connection.fail(code, "query failed");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const {
    return isNull(column) ? std::numeric_limits<double>::quiet_NaN()
                          : sqlite3_column_double(m_statement, column);
}

std::string Statement::text(int column) const {
    const auto *data = sqlite3_column_text(m_statement, column);
    return data ? std::string(reinterpret_cast<const char *>(data),
                              static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string();
}

std::string Statement::blob(int column) const {
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? std::string(static_cast<const char *>(data),
                              static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string();
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

Transaction::Transaction(Connection &connection) : m_connection(connection) {
    m_connection.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_connection.execute("COMMIT");
    m_done = true;
}

}  // namespace dbw::sqlite
