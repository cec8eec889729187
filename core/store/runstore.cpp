#include "store/runstore.h"

#include "runtime/runtime.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "util/paths.h"

#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

namespace dbw {
namespace {

namespace fs = std::filesystem;
using sqlite::Statement;

constexpr int kBusyTimeoutMs = 30000;
constexpr int kLevels = 4;      // pyramid levels above the raw points
constexpr int kLevelShift = 4;  // each level groups 16 blocks (or points) of the one below
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::int64_t levelSpan(int level) {
    return std::int64_t(1) << (kLevelShift * level);
}

// Floor division for negative steps too.
std::int64_t blockOf(std::int64_t step, int level) {
    return step >> (kLevelShift * level);
}

std::string nowIso8601() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
    char out[40];
    std::snprintf(out, sizeof out, "%s.%03dZ", buffer, static_cast<int>(millis));
    return out;
}

std::string newUuid() {
    static thread_local std::mt19937_64 generator{
        std::random_device{}() ^ (static_cast<std::uint64_t>(getpid()) << 32) ^
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    std::uint64_t high = generator(), low = generator();
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    char out[40];
    std::snprintf(out, sizeof out, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(high & 0xFFFF),
                  static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return out;
}

std::uint32_t readBigEndian(const unsigned char *bytes, int size) {
    std::uint32_t value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

// PRAGMA quick_check through SQLite, under a read transaction (a consistent snapshot of the file
// and its WAL): the problems it lists, or what stopped it (SQLite reports some damage as an error).
std::vector<std::string> quickCheckProblems(sqlite::Connection &db) {
    std::vector<std::string> problems;
    try {
        Statement query(db, "PRAGMA quick_check(5)");
        while (query.step())
            problems.push_back(query.text(0));
    } catch (const sqlite::BusyError &) {
        throw;
    } catch (const StoreError &error) {
        return {error.what()};
    }
    if (problems.size() == 1 && problems.front() == "ok")
        return {};
    return problems;
}

// Checks the file's SQLite header before anything reads or writes it, so that a foreign or
// cut-off file is refused with a clear message and left exactly as it was. Reads through the
// descriptor SQLite itself opened: opening and closing one of our own would release every fcntl
// lock this process holds on the file (see RunStore's constructor).
//
// The header is read outside any transaction, so another process may be checkpointing its WAL
// into the file at that moment: SQLite writes page 1 (with the new page count) before the pages
// that extend the file, and for that while the file looks cut off. A size that disagrees with the
// header is therefore only a suspicion; SQLite's own check on a consistent snapshot decides.
void checkHeader(sqlite::Connection &db, const std::string &path) {
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        return;  // no file (yet): SQLite reports what it finds at the first query
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size == 0)
        return;  // an empty file is a new database
    unsigned char header[100] = {};
    const int read = size >= 100 ? file->pMethods->xRead(file, header, sizeof header, 0)
                                 : SQLITE_IOERR_SHORT_READ;
    if (read != SQLITE_OK || std::memcmp(header, "SQLite format 3", 16) != 0)
        throw StoreError(path,
                         "is not a SQLite database (the file does not start with the SQLite "
                         "header); expected a run store made by dbw or the workbench");
    std::uint32_t pageSize = readBigEndian(header + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t changeCounter = readBigEndian(header + 24, 4);
    const std::uint32_t pageCount = readBigEndian(header + 28, 4);
    const std::uint32_t validFor = readBigEndian(header + 92, 4);
    const auto bytes = static_cast<std::uint64_t>(size);
    const bool looksCutOff =
        pageSize < 512 || bytes % pageSize != 0 ||
        (changeCounter == validFor && bytes < static_cast<std::uint64_t>(pageCount) * pageSize);
    if (!looksCutOff || quickCheckProblems(db).empty())
        return;
    throw StoreError(path, "the database is truncated (" + std::to_string(bytes) +
                               " bytes; its header says " +
                               std::to_string(static_cast<std::uint64_t>(pageCount) * pageSize) +
                               "); restore a backup or start a new store with --store PATH");
}

// Stores this process has checked with PRAGMA quick_check (by absolute path): the check reads the
// whole file, so it runs once per process, before the first write.
bool alreadyChecked(const std::string &path, bool markChecked) {
    static std::mutex mutex;
    static std::set<std::string> checked;
    std::error_code error;
    const std::string key = fs::weakly_canonical(fs::absolute(path), error).string();
    const std::lock_guard<std::mutex> lock(mutex);
    if (markChecked)
        return !checked.insert(key).second;
    return checked.count(key) != 0;
}

void quickCheck(sqlite::Connection &db, const std::string &path) {
    if (alreadyChecked(path, false))
        return;
    const std::vector<std::string> problems = quickCheckProblems(db);
    if (!problems.empty()) {
        std::string list;
        for (const std::string &problem : problems)
            list += (list.empty() ? "" : "; ") + problem;
        throw StoreError(path, "the database is damaged (quick_check: " + list +
                                   "); restore a backup or start a new store with --store PATH. "
                                   "The file was not changed.");
    }
    alreadyChecked(path, true);
}

std::string thisHost() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "localhost";
    return name;
}

double unixSeconds() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Whether a process with this pid exists on this machine (EPERM: it exists, another user's).
bool processExists(std::int64_t pid) {
    if (pid <= 0)
        return false;
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool locationIsReadOnly(const std::string &path) {
    const fs::path folder = fs::absolute(path).parent_path();
    struct statvfs info {};
    if (statvfs(folder.c_str(), &info) == 0 && (info.f_flag & ST_RDONLY))
        return true;
    if (access(folder.c_str(), W_OK) != 0)
        return true;
    return access(path.c_str(), W_OK) != 0 && errno != ENOENT;  // a store not created yet is fine
}

struct Aggregate {
    std::int64_t firstStep = 0;
    std::int64_t lastStep = 0;
    std::int64_t count = 0;
    std::int64_t nonFinite = 0;
    double min = kNaN;
    double max = kNaN;
    double last = kNaN;
    double lastWall = 0.0;
    std::int64_t lastTokens = 0;

    void addValue(double value) {
        if (!std::isfinite(value))
            return;
        min = std::isnan(min) ? value : std::min(min, value);
        max = std::isnan(max) ? value : std::max(max, value);
    }
    // Adds a point or a block covering [first, lastStep] (blocks arrive in step order).
    void add(std::int64_t first, std::int64_t lastStepIn, std::int64_t n, std::int64_t nonFiniteIn,
             double minIn, double maxIn, double lastIn, double wall, std::int64_t tokens) {
        if (count == 0 || first < firstStep)
            firstStep = first;
        if (count == 0 || lastStepIn >= lastStep) {
            lastStep = lastStepIn;
            last = lastIn;
            lastWall = wall;
            lastTokens = tokens;
        }
        count += n;
        nonFinite += nonFiniteIn;
        addValue(minIn);
        addValue(maxIn);
    }
};

bool isFiniteFlagged(double value, std::uint32_t flags) {
    return std::isfinite(value) && !(flags & kMetricNonFinite);
}

// Adds the raw points of a series with step in [lo, hi], in step order, to target(step).
template <typename Target>
void addRawPoints(sqlite::Connection &db, std::int64_t series, std::int64_t lo, std::int64_t hi,
                  Target target) {
    sqlite::Statement rows(db,
                           "SELECT step, value, wall_time, tokens_seen, flags FROM points "
                           "WHERE series_id = ? AND step BETWEEN ? AND ? ORDER BY step");
    rows.bind(1, series).bind(2, lo).bind(3, hi);
    while (rows.step()) {
        const std::int64_t step = rows.integer(0);
        const double value = rows.real(1);
        const bool finite = isFiniteFlagged(value, static_cast<std::uint32_t>(rows.integer(4)));
        const double extreme = finite ? value : kNaN;
        target(step).add(step, step, 1, finite ? 0 : 1, extreme, extreme, value, rows.real(2),
                         rows.integer(3));
    }
}

// Adds the pyramid blocks of one level with index in [firstBlock, lastBlock], in order, to
// target(block, firstStep).
template <typename Target>
void addBlocks(sqlite::Connection &db, std::int64_t series, int level, std::int64_t firstBlock,
               std::int64_t lastBlock, Target target) {
    sqlite::Statement rows(db,
                           "SELECT first_step, last_step, count, nonfinite_count, min_value, "
                           "max_value, last_value, last_wall, last_tokens, block FROM "
                           "point_blocks WHERE series_id = ? AND level = ? AND block BETWEEN "
                           "? AND ? ORDER BY block");
    rows.bind(1, series).bind(2, level).bind(3, firstBlock).bind(4, lastBlock);
    while (rows.step())
        target(rows.integer(9), rows.integer(0))
            .add(rows.integer(0), rows.integer(1), rows.integer(2), rows.integer(3), rows.real(4),
                 rows.real(5), rows.real(6), rows.real(7), rows.integer(8));
}

}  // namespace

std::string toString(RunStatus status) {
    switch (status) {
        case RunStatus::Created:
            return "created";
        case RunStatus::Running:
            return "running";
        case RunStatus::Paused:
            return "paused";
        case RunStatus::Finished:
            return "finished";
        case RunStatus::Failed:
            return "failed";
        case RunStatus::Stopped:
            return "stopped";
        case RunStatus::Interrupted:
            return "interrupted";
    }
    return "created";
}

RunStatus runStatusFromString(const std::string &name) {
    for (RunStatus status :
         {RunStatus::Created, RunStatus::Running, RunStatus::Paused, RunStatus::Finished,
          RunStatus::Failed, RunStatus::Stopped, RunStatus::Interrupted})
        if (toString(status) == name)
            return status;
    throw std::invalid_argument(
        "unknown run status '" + name +
        "' (expected created, running, paused, finished, failed, stopped or interrupted)");
}

std::string RunStore::defaultPath() {
    if (const char *path = std::getenv("DBW_STORE"); path && *path)
        return path;
    return (fs::path(userDataDirectory()) / "runs.sqlite").string();
}

bool RunStore::isReadOnlyLocation(const std::string &path) {
    return locationIsReadOnly(path);
}

bool RunStore::higherIsBetter(const std::string &metric) {
    static const char *const kHigher[] = {"bleu",       "accuracy", "acc",
                                          "distinct",   "entropy",  "tokens_per_s",
                                          "throughput", "rouge",    "f1"};
    std::string lower = metric;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    if (lower.find("self_bleu") != std::string::npos ||
        lower.find("self-bleu") != std::string::npos)
        return false;  // diversity: lower self-BLEU is better
    for (const char *word : kHigher)
        if (lower.find(word) != std::string::npos)
            return true;
    return false;
}

RunStore::RunStore(const std::string &path, Mode mode) : m_path(path) {
    openAndMigrate(mode);
}

RunStore::~RunStore() = default;

void RunStore::openAndMigrate(Mode mode) {
    std::error_code error;
    const bool exists = fs::exists(m_path, error);
    if (exists && fs::is_directory(m_path, error))
        throw StoreError(m_path, "is a folder; expected a run store file (e.g. runs.sqlite)");
    if (!exists && mode == Mode::ReadOnly)
        throw StoreError(m_path,
                         "no run store here yet; runs appear once dbw or the workbench "
                         "has recorded one (or choose another with --store PATH)");
    if (mode == Mode::ReadWrite) {
        const fs::path folder = fs::absolute(m_path).parent_path();
        fs::create_directories(folder, error);
        // WAL keeps -wal and -shm files beside the database: the folder must be writable too.
        if (error || locationIsReadOnly(m_path))
            throw StoreError(
                m_path,
                "the store is read-only (" +
                    (error ? error.message()
                           : std::string("its file, folder or mount cannot be written")) +
                    "); reading commands (dbw runs list, show, export) still work; "
                    "to record runs choose a writable store with --store PATH or DBW_STORE");
    } else {
        m_readOnlyLocation = locationIsReadOnly(m_path);
    }
    // A store in a read-only place whose last writer closed it cleanly (no -wal left) is opened
    // immutable: SQLite cannot create the -shm file a WAL reader needs there, and nothing can
    // change the file while it stays read-only.
    std::error_code walError;
    const auto walSize = fs::file_size(m_path + "-wal", walError);
    const bool immutable = m_readOnlyLocation && (walError || walSize == 0);
    const std::string uri = immutable ? "file:" + m_path + "?immutable=1" : m_path;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      (immutable ? SQLITE_OPEN_URI : 0);
    m_db = std::make_unique<sqlite::Connection>(uri, flags, m_path);
    // Until the store has passed its checks, closing must not checkpoint a WAL with frames into
    // the file: a refused store stays byte-identical. (An empty or missing WAL changes nothing;
    // then SQLite removes the -wal and -shm it made, as usual.)
    const bool walHasFrames = !walError && walSize > 0;
    if (walHasFrames)
        sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(m_db->handle(), kBusyTimeoutMs);
    // Opening can meet another process creating or migrating the same store, and some of those
    // lock changes fail at once with SQLITE_BUSY instead of waiting: retry for the busy timeout.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        try {
            identifyAndMigrate(mode);
            break;
        } catch (const sqlite::BusyError &) {
            if (std::chrono::steady_clock::now() > deadline)
                throw;
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::min(100, 5 * (attempt + 1))));
        }
    }
    if (walHasFrames)
        sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
}

void RunStore::identifyAndMigrate(Mode mode) {
    // Identify and check the file before changing anything in it.
    checkHeader(*m_db, m_path);
    quickCheck(*m_db, m_path);
    int version = 0, applicationId = 0, tables = 0;
    {
        Statement query(*m_db, "PRAGMA user_version");
        query.step();
        version = static_cast<int>(query.integer(0));
    }
    {
        Statement query(*m_db, "PRAGMA application_id");
        query.step();
        applicationId = static_cast<int>(query.integer(0));
    }
    {
        Statement query(*m_db, "SELECT count(*) FROM sqlite_master");
        query.step();
        tables = static_cast<int>(query.integer(0));
    }
    if (tables > 0 && applicationId != schema::kApplicationId)
        throw StoreError(
            m_path, "is a SQLite database but not a run store (its application id is " +
                        std::to_string(applicationId) + "); choose another file with --store PATH");
    if (version > kSchemaVersion)
        throw StoreError(m_path, "was written by a newer DiffusionBERT Workbench (store schema " +
                                     std::to_string(version) + "; this program reads up to " +
                                     std::to_string(kSchemaVersion) +
                                     "); upgrade the program. The file was not changed.");
    if (mode == Mode::ReadOnly) {
        if (version < kSchemaVersion)
            throw StoreError(m_path, "uses the older store schema " + std::to_string(version) +
                                         "; open it once with write access to upgrade it");
        m_db->execute("PRAGMA foreign_keys = ON");
        return;
    }
    m_db->execute("PRAGMA journal_mode = WAL");
    m_db->execute("PRAGMA synchronous = NORMAL");  // durable across process crashes in WAL mode
    m_db->execute("PRAGMA foreign_keys = ON");
    if (version < kSchemaVersion)
        migrate(version);
}

void RunStore::migrate(int from) {
    sqlite::Transaction transaction(*m_db);
    // Another process may have migrated while we waited for the write lock.
    {
        Statement query(*m_db, "PRAGMA user_version");
        query.step();
        from = static_cast<int>(query.integer(0));
    }
    if (from == 0) {
        m_db->execute("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
        m_db->execute(schema::kVersion1);
        from = 1;
    }
    if (from == 1) {
        m_db->execute(schema::kVersion1To2);
        std::vector<std::pair<std::int64_t, std::string>> series;
        {
            Statement query(*m_db, "SELECT id, name FROM series");
            while (query.step())
                series.emplace_back(query.integer(0), query.text(1));
        }
        Statement direction(*m_db, "UPDATE series SET higher_is_better = ? WHERE id = ?");
        for (const auto &[id, name] : series) {
            direction.bind(1, higherIsBetter(name) ? 1 : 0).bind(2, id).run();
            rebuildBlocks(id, std::numeric_limits<std::int64_t>::min() / 2,
                          std::numeric_limits<std::int64_t>::max() / 2);
            refreshSummary(id);
        }
        from = 2;
    }
    if (from == 2) {
        m_db->execute(schema::kVersion2To3);
        from = 3;
    }
    if (from == 3) {
        m_db->execute(schema::kVersion3To4);
        from = 4;
    }
    if (from == 4) {
        m_db->execute(schema::kVersion4To5);
        from = 5;
    }
    transaction.commit();
}

int RunStore::schemaVersion() const {
    Statement query(*m_db, "PRAGMA user_version");
    query.step();
    return static_cast<int>(query.integer(0));
}

std::int64_t RunStore::dataVersion() const {
    Statement query(*m_db, "PRAGMA data_version");
    query.step();
    return query.integer(0);
}

std::string RunStore::integrityCheck() const {
    Statement query(*m_db, "PRAGMA integrity_check");
    std::string result;
    while (query.step())
        result += (result.empty() ? "" : "\n") + query.text(0);
    return result;
}

// ---- runs ----------------------------------------------------------------------------------

std::int64_t RunStore::createRun(RunRecord &run) {
    sqlite::Transaction transaction(*m_db);
    run.uuid = newUuid();
    run.createdAt = nowIso8601();
    if (run.codeVersion.empty())
        run.codeVersion = codeVersion();
    if (run.hardwareJson.empty() || run.hardwareJson == "{}")
        run.hardwareJson = hardwareJson(currentRuntimeInfo());
    if (run.status == RunStatus::Running && run.startedAt.empty())
        run.startedAt = run.createdAt;
    Statement insert(*m_db,
                     "INSERT INTO runs (uuid, name, status, created_at, started_at, finished_at, "
                     "config_json, seed, code_version, notes, hardware_json, corpus_json, "
                     "tokenizer_json, parent_run_id, writer_pid, writer_host, writer_heartbeat) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, run.uuid).bind(2, run.name).bind(3, toString(run.status)).bind(4, run.createdAt);
    run.startedAt.empty() ? insert.bindNull(5) : insert.bind(5, run.startedAt);
    run.finishedAt.empty() ? insert.bindNull(6) : insert.bind(6, run.finishedAt);
    insert.bind(7, run.configJson).bind(8, run.seed).bind(9, run.codeVersion).bind(10, run.notes);
    insert.bind(11, run.hardwareJson).bind(12, run.corpusJson).bind(13, run.tokenizerJson);
    insert.bind(14, run.parentRunId);
    if (run.status == RunStatus::Interrupted)
        throw std::invalid_argument("a run cannot be created interrupted");
    if (run.status == RunStatus::Running || run.status == RunStatus::Paused) {
        run.writerPid = getpid();
        run.writerHost = thisHost();
        insert.bind(15, run.writerPid).bind(16, run.writerHost).bind(17, unixSeconds());
    } else {
        insert.bindNull(15).bindNull(16).bindNull(17);
    }
    insert.run();
    run.id = m_db->lastInsertId();
    std::sort(run.tags.begin(), run.tags.end());
    run.tags.erase(std::unique(run.tags.begin(), run.tags.end()), run.tags.end());
    Statement tag(*m_db, "INSERT INTO run_tags (run_id, tag) VALUES (?, ?)");
    for (const std::string &name : run.tags)
        tag.bind(1, run.id).bind(2, name).run();
    transaction.commit();
    return run.id;
}

namespace {
constexpr const char *kRunColumns =
    "SELECT id, uuid, name, status, created_at, coalesce(started_at, ''), "
    "coalesce(finished_at, ''), config_json, seed, code_version, notes, hardware_json, "
    "corpus_json, tokenizer_json, parent_run_id, archived, coalesce(writer_pid, 0), "
    "coalesce(writer_host, ''), writer_heartbeat FROM runs ";

RunRecord readRun(const Statement &row) {
    RunRecord run;
    run.id = row.integer(0);
    run.uuid = row.text(1);
    run.name = row.text(2);
    run.status = runStatusFromString(row.text(3));
    run.createdAt = row.text(4);
    run.startedAt = row.text(5);
    run.finishedAt = row.text(6);
    run.configJson = row.text(7);
    run.seed = row.optionalInteger(8);
    run.codeVersion = row.text(9);
    run.notes = row.text(10);
    run.hardwareJson = row.text(11);
    run.corpusJson = row.text(12);
    run.tokenizerJson = row.text(13);
    run.parentRunId = row.optionalInteger(14);
    run.archived = row.integer(15) != 0;
    if (run.status == RunStatus::Running || run.status == RunStatus::Paused) {
        run.writerPid = row.integer(16);
        run.writerHost = row.text(17);
        const double heartbeat = row.real(18);
        run.heartbeatAgeSeconds =
            std::isnan(heartbeat) ? 0.0 : std::max(0.0, unixSeconds() - heartbeat);
        // A writer is alive while it renews its heartbeat and, on this host, its pid exists.
        // Runs of older versions recorded no writer: they keep the status they say.
        static const std::string host = thisHost();
        const bool gone =
            run.writerPid != 0 &&
            (std::isnan(heartbeat) || run.heartbeatAgeSeconds > RunStore::kWriterTimeoutSeconds ||
             (run.writerHost == host && !processExists(run.writerPid)));
        if (gone)
            run.status = RunStatus::Interrupted;
    }
    return run;
}
}  // namespace

std::vector<std::string> RunStore::tags(std::int64_t runId) const {
    Statement query(*m_db, "SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag");
    query.bind(1, runId);
    std::vector<std::string> result;
    while (query.step())
        result.push_back(query.text(0));
    return result;
}

std::optional<RunRecord> RunStore::run(std::int64_t id) const {
    Statement query(*m_db, std::string(kRunColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    RunRecord run = readRun(query);
    run.tags = tags(run.id);
    return run;
}

std::optional<RunRecord> RunStore::findRun(const std::string &reference) const {
    if (!reference.empty() && reference.find_first_not_of("0123456789") == std::string::npos &&
        reference.size() < 19)
        if (auto byId = run(std::stoll(reference)))
            return byId;
    std::vector<std::int64_t> matches;
    {
        Statement query(*m_db,
                        "SELECT id FROM runs WHERE uuid = ?1 OR name = ?1 OR "
                        "(length(?1) >= 4 AND substr(uuid, 1, length(?1)) = ?1)");
        query.bind(1, reference);
        while (query.step())
            matches.push_back(query.integer(0));
    }
    if (matches.empty())
        return std::nullopt;
    if (matches.size() > 1)
        throw StoreError(m_path, "'" + reference + "' matches " + std::to_string(matches.size()) +
                                     " runs; use the run id or a longer uuid prefix");
    return run(matches.front());
}

std::vector<RunRecord> RunStore::listRuns() const {
    std::map<std::int64_t, std::vector<std::string>> tagsByRun;
    {
        Statement query(*m_db, "SELECT run_id, tag FROM run_tags ORDER BY run_id, tag");
        while (query.step())
            tagsByRun[query.integer(0)].push_back(query.text(1));
    }
    Statement query(*m_db, std::string(kRunColumns) + "ORDER BY created_at DESC, id DESC");
    std::vector<RunRecord> runs;
    while (query.step()) {
        runs.push_back(readRun(query));
        runs.back().tags = tagsByRun[runs.back().id];
    }
    return runs;
}

void RunStore::requireRun(std::int64_t runId) const {
    Statement query(*m_db, "SELECT 1 FROM runs WHERE id = ?");
    query.bind(1, runId);
    if (!query.step())
        throw StoreError(m_path, "there is no run with id " + std::to_string(runId));
}

void RunStore::setStatus(std::int64_t runId, RunStatus status) {
    if (status == RunStatus::Interrupted)
        throw std::invalid_argument(
            "the interrupted status is derived from the writer's heartbeat; it cannot be set");
    requireRun(runId);
    const std::string now = nowIso8601();
    const bool writing = status == RunStatus::Running || status == RunStatus::Paused;
    Statement update(*m_db,
                     "UPDATE runs SET status = ?1, "
                     "started_at = CASE WHEN ?1 = 'running' AND started_at IS NULL THEN ?2 "
                     "ELSE started_at END, "
                     "finished_at = CASE WHEN ?1 IN ('finished','failed','stopped') THEN ?2 "
                     "WHEN ?1 IN ('running','paused','created') THEN NULL ELSE finished_at END, "
                     "writer_pid = ?4, writer_host = ?5, writer_heartbeat = ?6 "
                     "WHERE id = ?3");
    update.bind(1, toString(status)).bind(2, now).bind(3, runId);
    if (writing)
        update.bind(4, static_cast<std::int64_t>(getpid()))
            .bind(5, thisHost())
            .bind(6, unixSeconds());
    else
        update.bindNull(4).bindNull(5).bindNull(6);
    update.run();
}

void RunStore::heartbeat(std::int64_t runId) {
    Statement(*m_db,
              "UPDATE runs SET writer_heartbeat = ?1 WHERE id = ?2 AND writer_pid = ?3 AND "
              "writer_host = ?4 AND status IN ('running','paused')")
        .bind(1, unixSeconds())
        .bind(2, runId)
        .bind(3, static_cast<std::int64_t>(getpid()))
        .bind(4, thisHost())
        .run();
}

void RunStore::setNotes(std::int64_t runId, const std::string &notes) {
    requireRun(runId);
    Statement(*m_db, "UPDATE runs SET notes = ? WHERE id = ?").bind(1, notes).bind(2, runId).run();
}

void RunStore::setArchived(std::int64_t runId, bool archived) {
    requireRun(runId);
    Statement(*m_db, "UPDATE runs SET archived = ? WHERE id = ?")
        .bind(1, archived ? 1 : 0)
        .bind(2, runId)
        .run();
}

void RunStore::setName(std::int64_t runId, const std::string &name) {
    requireRun(runId);
    Statement(*m_db, "UPDATE runs SET name = ? WHERE id = ?").bind(1, name).bind(2, runId).run();
}

void RunStore::addTag(std::int64_t runId, const std::string &tag) {
    requireRun(runId);
    Statement(*m_db, "INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)")
        .bind(1, runId)
        .bind(2, tag)
        .run();
}

void RunStore::removeTag(std::int64_t runId, const std::string &tag) {
    requireRun(runId);
    Statement(*m_db, "DELETE FROM run_tags WHERE run_id = ? AND tag = ?")
        .bind(1, runId)
        .bind(2, tag)
        .run();
}

void RunStore::deleteRun(std::int64_t runId) {
    sqlite::Transaction transaction(*m_db);
    const std::optional<RunRecord> record = run(runId);
    if (!record)
        throw StoreError(m_path, "there is no run with id " + std::to_string(runId));
    if (record->live())
        throw StoreError(
            m_path,
            "run " + std::to_string(runId) + " '" + record->name +
                "' is being written by process " + std::to_string(record->writerPid) + " on " +
                record->writerHost + " (last heartbeat " +
                std::to_string(static_cast<int>(record->heartbeatAgeSeconds)) +
                " s ago); stop that run first (Ctrl-C in its terminal, or Stop in the workbench). "
                "Nothing was deleted.");
    // Children first: foreign-key cascades would do it too, but explicit deletes of the big
    // tables are much faster than row-by-row cascades through series.
    Statement(*m_db,
              "DELETE FROM point_blocks WHERE series_id IN "
              "(SELECT id FROM series WHERE run_id = ?)")
        .bind(1, runId)
        .run();
    Statement(*m_db,
              "DELETE FROM points WHERE series_id IN (SELECT id FROM series WHERE run_id = ?)")
        .bind(1, runId)
        .run();
    Statement(*m_db, "DELETE FROM runs WHERE id = ?").bind(1, runId).run();
    transaction.commit();
}

// ---- metrics -------------------------------------------------------------------------------

std::int64_t RunStore::seriesId(std::int64_t runId, const std::string &metric, bool create) {
    Statement query(*m_db, "SELECT id FROM series WHERE run_id = ? AND name = ?");
    query.bind(1, runId).bind(2, metric);
    if (query.step())
        return query.integer(0);
    if (!create)
        return 0;
    Statement(*m_db, "INSERT INTO series (run_id, name, higher_is_better) VALUES (?, ?, ?)")
        .bind(1, runId)
        .bind(2, metric)
        .bind(3, higherIsBetter(metric) ? 1 : 0)
        .run();
    return m_db->lastInsertId();
}

void RunStore::appendMetrics(std::int64_t runId, const std::vector<NamedPoint> &points) {
    if (points.empty())
        return;
    sqlite::Transaction transaction(*m_db);
    requireRun(runId);
    Statement insert(*m_db,
                     "INSERT OR IGNORE INTO points (series_id, step, value, wall_time, "
                     "tokens_seen, flags) VALUES (?, ?, ?, ?, ?, ?)");
    Statement replace(*m_db,
                      "UPDATE points SET value = ?3, wall_time = ?4, tokens_seen = ?5, "
                      "flags = ?6 WHERE series_id = ?1 AND step = ?2");
    std::map<std::string, std::int64_t> ids;
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> touched;  // series -> step range
    for (const NamedPoint &named : points) {
        auto found = ids.find(named.metric);
        if (found == ids.end())
            found = ids.emplace(named.metric, seriesId(runId, named.metric, true)).first;
        const std::int64_t series = found->second;
        const MetricPoint &point = named.point;
        const std::uint32_t flags =
            point.flags |
            (std::isfinite(point.value) ? 0u : static_cast<std::uint32_t>(kMetricNonFinite));
        insert.bind(1, series).bind(2, point.step).bind(3, point.value).bind(4, point.wallTime);
        insert.bind(5, point.tokensSeen).bind(6, static_cast<std::int64_t>(flags));
        insert.run();
        if (m_db->changes() == 0) {  // the step was logged before: the newer point wins
            replace.bind(1, series)
                .bind(2, point.step)
                .bind(3, point.value)
                .bind(4, point.wallTime);
            replace.bind(5, point.tokensSeen).bind(6, static_cast<std::int64_t>(flags));
            replace.run();
        }
        auto [range, inserted] = touched.emplace(series, std::make_pair(point.step, point.step));
        if (!inserted) {
            range->second.first = std::min(range->second.first, point.step);
            range->second.second = std::max(range->second.second, point.step);
        }
    }
    for (const auto &[series, range] : touched) {
        rebuildBlocks(series, range.first, range.second);
        refreshSummary(series);
    }
    transaction.commit();
}

// Recomputes the pyramid blocks that cover [fromStep, toStep]: level 1 from the raw points,
// each higher level from the level below. Always exact, whatever order points arrived in.
void RunStore::rebuildBlocks(std::int64_t series, std::int64_t fromStep, std::int64_t toStep) {
    Statement write(*m_db,
                    "INSERT OR REPLACE INTO point_blocks (series_id, level, block, "
                    "first_step, last_step, count, nonfinite_count, min_value, max_value, "
                    "last_value, last_wall, last_tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    auto store = [&](int level, std::int64_t block, const Aggregate &a) {
        write.bind(1, series)
            .bind(2, level)
            .bind(3, block)
            .bind(4, a.firstStep)
            .bind(5, a.lastStep);
        write.bind(6, a.count).bind(7, a.nonFinite).bind(8, a.min).bind(9, a.max).bind(10, a.last);
        write.bind(11, a.lastWall).bind(12, a.lastTokens);
        write.run();
    };
    for (int level = 1; level <= kLevels; ++level) {
        const std::int64_t firstBlock = blockOf(fromStep, level);
        const std::int64_t lastBlock = blockOf(toStep, level);
        const std::int64_t lo = firstBlock * levelSpan(level);
        const std::int64_t hi = (lastBlock + 1) * levelSpan(level) - 1;
        std::map<std::int64_t, Aggregate> blocks;
        if (level == 1)
            addRawPoints(*m_db, series, lo, hi, [&](std::int64_t step) -> Aggregate & {
                return blocks[blockOf(step, 1)];
            });
        else
            addBlocks(*m_db, series, level - 1, blockOf(lo, level - 1), blockOf(hi, level - 1),
                      [&](std::int64_t child, std::int64_t) -> Aggregate & {
                          return blocks[child >> kLevelShift];
                      });
        for (const auto &[block, aggregate] : blocks)
            store(level, block, aggregate);
        if (blocks.empty())
            break;
    }
}

// The summary is the top level of the pyramid folded together: a handful of rows.
void RunStore::refreshSummary(std::int64_t series) {
    Aggregate total;
    addBlocks(*m_db, series, kLevels, std::numeric_limits<std::int64_t>::min(),
              std::numeric_limits<std::int64_t>::max(),
              [&](std::int64_t, std::int64_t) -> Aggregate & { return total; });
    Statement update(*m_db,
                     "UPDATE series SET count = ?2, nonfinite_count = ?3, first_step = ?4, "
                     "last_step = ?5, last_value = ?6, min_value = ?7, max_value = ?8, "
                     "best_value = CASE WHEN higher_is_better THEN ?8 ELSE ?7 END "
                     "WHERE id = ?1");
    update.bind(1, series).bind(2, total.count).bind(3, total.nonFinite).bind(4, total.firstStep);
    update.bind(5, total.lastStep).bind(6, total.last).bind(7, total.min).bind(8, total.max);
    update.run();
}

std::vector<std::string> RunStore::metricNames(std::int64_t runId) const {
    Statement query(*m_db, "SELECT name FROM series WHERE run_id = ? ORDER BY name");
    query.bind(1, runId);
    std::vector<std::string> names;
    while (query.step())
        names.push_back(query.text(0));
    return names;
}

std::vector<MetricSummary> RunStore::summaries(std::int64_t runId) const {
    Statement query(*m_db,
                    "SELECT name, count, nonfinite_count, coalesce(first_step, 0), "
                    "coalesce(last_step, 0), last_value, min_value, max_value, best_value, "
                    "higher_is_better FROM series WHERE run_id = ? ORDER BY name");
    query.bind(1, runId);
    std::vector<MetricSummary> result;
    while (query.step()) {
        MetricSummary summary;
        summary.name = query.text(0);
        summary.count = query.integer(1);
        summary.nonFiniteCount = query.integer(2);
        summary.firstStep = query.integer(3);
        summary.lastStep = query.integer(4);
        summary.last = query.real(5);
        summary.min = query.real(6);
        summary.max = query.real(7);
        summary.best = query.real(8);
        summary.higherIsBetter = query.integer(9) != 0;
        result.push_back(summary);
    }
    return result;
}

std::vector<MetricPoint> RunStore::readMetric(std::int64_t runId, const std::string &metric,
                                              std::int64_t fromStep, std::int64_t toStep) const {
    Statement query(*m_db,
                    "SELECT p.step, p.value, p.wall_time, p.tokens_seen, p.flags FROM "
                    "points p JOIN series s ON s.id = p.series_id WHERE s.run_id = ? AND "
                    "s.name = ? AND p.step BETWEEN ? AND ? ORDER BY p.step");
    query.bind(1, runId).bind(2, metric).bind(3, fromStep).bind(4, toStep);
    std::vector<MetricPoint> points;
    while (query.step()) {
        MetricPoint point;
        point.step = query.integer(0);
        point.value = query.real(1);
        point.wallTime = query.real(2);
        point.tokensSeen = query.integer(3);
        point.flags = static_cast<std::uint32_t>(query.integer(4));
        points.push_back(point);
    }
    return points;
}

std::vector<DecimatedBucket> RunStore::readDecimated(std::int64_t runId, const std::string &metric,
                                                     int buckets, std::int64_t fromStep,
                                                     std::int64_t toStep) const {
    if (buckets < 1)
        throw std::invalid_argument("readDecimated: buckets must be at least 1");
    std::int64_t series = 0, firstStep = 0, lastStep = 0;
    {
        Statement query(*m_db,
                        "SELECT id, first_step, last_step, count FROM series WHERE run_id "
                        "= ? AND name = ?");
        query.bind(1, runId).bind(2, metric);
        if (!query.step() || query.integer(3) == 0)
            return {};
        series = query.integer(0);
        firstStep = query.integer(1);
        lastStep = query.integer(2);
    }
    fromStep = std::max(fromStep, firstStep);
    toStep = std::min(toStep, lastStep);
    if (fromStep > toStep)
        return {};
    const std::int64_t span = toStep - fromStep + 1;
    const std::int64_t width = (span + buckets - 1) / buckets;
    // The coarsest level whose blocks are at most 1/8 of a bucket: a block straddling a bucket
    // edge is counted in the bucket of its first step, so x is off by at most 1/8 pixel.
    int level = 0;
    while (level < kLevels && levelSpan(level + 1) * 8 <= width)
        ++level;

    std::vector<Aggregate> result(static_cast<std::size_t>((span + width - 1) / width));
    auto bucketOf = [&](std::int64_t step) {
        return static_cast<std::size_t>((step - fromStep) / width);
    };
    auto toBucket = [&](std::int64_t step) -> Aggregate & { return result[bucketOf(step)]; };
    auto addRaw = [&](std::int64_t lo, std::int64_t hi) {
        addRawPoints(*m_db, series, lo, hi, toBucket);
    };
    if (level == 0) {
        addRaw(fromStep, toStep);
    } else {
        const std::int64_t blockSpan = levelSpan(level);
        // Whole blocks inside the range come from the pyramid, the partial ones at its ends raw.
        const std::int64_t firstWhole = blockOf(fromStep + blockSpan - 1, level);
        const std::int64_t lastWhole = blockOf(toStep + 1, level) - 1;
        if (firstWhole > lastWhole) {
            addRaw(fromStep, toStep);
        } else {
            if (fromStep < firstWhole * blockSpan)
                addRaw(fromStep, firstWhole * blockSpan - 1);
            addBlocks(*m_db, series, level, firstWhole, lastWhole,
                      [&](std::int64_t, std::int64_t firstStep) -> Aggregate & {
                          return toBucket(firstStep);
                      });
            if ((lastWhole + 1) * blockSpan <= toStep)
                addRaw((lastWhole + 1) * blockSpan, toStep);
        }
    }
    std::vector<DecimatedBucket> out;
    out.reserve(result.size());
    for (const Aggregate &a : result) {
        if (a.count == 0)
            continue;
        out.push_back({a.firstStep, a.lastStep, a.count, a.min, a.max, a.last, a.lastWall,
                       a.lastTokens, a.nonFinite > 0});
    }
    return out;
}

// ---- evals, samples, trajectories, checkpoints -----------------------------------------------

std::int64_t RunStore::addEval(EvalRecord &eval) {
    requireRun(eval.runId);
    eval.createdAt = nowIso8601();
    Statement insert(*m_db,
                     "INSERT INTO evals (run_id, step, split, recipe_json, results_json, "
                     "created_at, per_sentence_json) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, eval.runId)
        .bind(2, eval.step)
        .bind(3, eval.split)
        .bind(4, eval.recipeJson)
        .bind(5, eval.resultsJson)
        .bind(6, eval.createdAt);
    if (eval.perSentenceJson.empty())
        insert.bindNull(7);
    else
        insert.bind(7, eval.perSentenceJson);
    insert.run();
    return eval.id = m_db->lastInsertId();
}

std::vector<EvalRecord> RunStore::evals(std::int64_t runId) const {
    Statement query(
        *m_db,
        "SELECT id, run_id, step, split, recipe_json, results_json, created_at, "
        "coalesce(per_sentence_json, '') FROM evals WHERE run_id = ? ORDER BY step, id");
    query.bind(1, runId);
    std::vector<EvalRecord> result;
    while (query.step())
        result.push_back({query.integer(0), query.integer(1), query.integer(2), query.text(3),
                          query.text(4), query.text(5), query.text(6), query.text(7)});
    return result;
}

std::int64_t RunStore::addSamples(std::vector<SampleRecord> &samples) {
    sqlite::Transaction transaction(*m_db);
    Statement insert(*m_db,
                     "INSERT INTO samples (run_id, step, text, token_ids, sampler_json, "
                     "metrics_json, created_at) VALUES (?,?,?,?,?,?,?)");
    std::set<std::int64_t> checked;
    const std::string now = nowIso8601();
    for (SampleRecord &sample : samples) {
        if (checked.insert(sample.runId).second)
            requireRun(sample.runId);
        sample.createdAt = now;
        insert.bind(1, sample.runId).bind(2, sample.step).bind(3, sample.text);
        insert.bind(4, nlohmann::json(sample.tokenIds).dump()).bind(5, sample.samplerJson);
        insert.bind(6, sample.metricsJson).bind(7, sample.createdAt);
        insert.run();
        sample.id = m_db->lastInsertId();
    }
    transaction.commit();
    return static_cast<std::int64_t>(samples.size());
}

std::vector<SampleRecord> RunStore::samples(std::int64_t runId) const {
    Statement query(*m_db,
                    "SELECT id, run_id, step, text, token_ids, sampler_json, metrics_json, "
                    "created_at FROM samples WHERE run_id = ? ORDER BY step, id");
    query.bind(1, runId);
    std::vector<SampleRecord> result;
    while (query.step()) {
        SampleRecord sample;
        sample.id = query.integer(0);
        sample.runId = query.integer(1);
        sample.step = query.integer(2);
        sample.text = query.text(3);
        try {
            sample.tokenIds = nlohmann::json::parse(query.text(4)).get<std::vector<int>>();
        } catch (const nlohmann::json::exception &error) {  // found by fuzz_store_file
            throw StoreError(m_path, "sample " + std::to_string(sample.id) +
                                         " has damaged token ids (" + error.what() +
                                         "); the store was changed by something other than dbw");
        }
        sample.samplerJson = query.text(5);
        sample.metricsJson = query.text(6);
        sample.createdAt = query.text(7);
        result.push_back(std::move(sample));
    }
    return result;
}

std::int64_t RunStore::addTrajectory(TrajectoryRecord &trajectory) {
    requireRun(trajectory.runId);
    trajectory.createdAt = nowIso8601();
    Statement(*m_db,
              "INSERT INTO trajectories (run_id, sample_id, format, data, created_at) "
              "VALUES (?,?,?,?,?)")
        .bind(1, trajectory.runId)
        .bind(2, trajectory.sampleId)
        .bind(3, trajectory.format)
        .bindBlob(4, trajectory.data)
        .bind(5, trajectory.createdAt)
        .run();
    return trajectory.id = m_db->lastInsertId();
}

std::vector<TrajectoryRecord> RunStore::trajectories(std::int64_t runId) const {
    Statement query(*m_db,
                    "SELECT id, run_id, sample_id, format, data, created_at FROM "
                    "trajectories WHERE run_id = ? ORDER BY id");
    query.bind(1, runId);
    std::vector<TrajectoryRecord> result;
    while (query.step())
        result.push_back({query.integer(0), query.integer(1), query.optionalInteger(2),
                          query.text(3), query.blob(4), query.text(5)});
    return result;
}

std::vector<TrajectorySummary> RunStore::trajectorySummaries(std::int64_t runId) const {
    Statement query(
        *m_db,
        "SELECT t.id, s.step, s.sampler_json, length(CAST(t.data AS BLOB)), t.created_at FROM "
        "trajectories t "
        "LEFT JOIN samples s ON s.id = t.sample_id WHERE t.run_id = ? ORDER BY t.id DESC");
    query.bind(1, runId);
    std::vector<TrajectorySummary> result;
    while (query.step()) {
        TrajectorySummary summary;
        summary.id = query.integer(0);
        summary.step = query.optionalInteger(1);
        if (summary.step)
            summary.samplerJson = query.text(2);
        summary.bytes = query.integer(3);
        summary.createdAt = query.text(4);
        result.push_back(std::move(summary));
    }
    return result;
}

std::optional<TrajectoryRecord> RunStore::trajectory(std::int64_t id) const {
    Statement query(
        *m_db,
        "SELECT id, run_id, sample_id, format, data, created_at FROM trajectories WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return TrajectoryRecord{query.integer(0), query.integer(1), query.optionalInteger(2),
                            query.text(3),    query.blob(4),    query.text(5)};
}

std::int64_t RunStore::addCheckpoint(CheckpointRecord &checkpoint) {
    requireRun(checkpoint.runId);
    checkpoint.createdAt = nowIso8601();
    Statement(*m_db,
              "INSERT INTO checkpoints (run_id, step, path, size_bytes, metrics_json, "
              "created_at) VALUES (?,?,?,?,?,?)")
        .bind(1, checkpoint.runId)
        .bind(2, checkpoint.step)
        .bind(3, checkpoint.path)
        .bind(4, checkpoint.sizeBytes)
        .bind(5, checkpoint.metricsJson)
        .bind(6, checkpoint.createdAt)
        .run();
    return checkpoint.id = m_db->lastInsertId();
}

std::vector<CheckpointRecord> RunStore::checkpoints(std::int64_t runId) const {
    Statement query(*m_db,
                    "SELECT id, run_id, step, path, size_bytes, metrics_json, created_at "
                    "FROM checkpoints WHERE run_id = ? ORDER BY step, id");
    query.bind(1, runId);
    std::vector<CheckpointRecord> result;
    while (query.step())
        result.push_back({query.integer(0), query.integer(1), query.integer(2), query.text(3),
                          query.integer(4), query.text(5), query.text(6)});
    return result;
}

// ---- MetricWriter ----------------------------------------------------------------------------

MetricWriter::MetricWriter(RunStore &store, std::int64_t runId, std::size_t batchSize,
                           double maxDelaySeconds)
    : m_store(store),
      m_runId(runId),
      m_batchSize(std::max<std::size_t>(1, batchSize)),
      m_maxDelaySeconds(maxDelaySeconds),
      m_lastFlush(std::chrono::steady_clock::now()) {}

MetricWriter::~MetricWriter() {
    try {
        flush();
    } catch (...) {
        // A destructor must not throw; callers who need to know call flush() themselves.
    }
}

void MetricWriter::add(const std::string &metric, const MetricPoint &point) {
    m_pending.push_back({metric, point});
    if (m_pending.size() >= m_batchSize)
        flush();
}

void MetricWriter::flush() {
    m_lastFlush = std::chrono::steady_clock::now();
    if (m_pending.empty())
        return;
    m_store.appendMetrics(m_runId, m_pending);
    m_pending.clear();
}

void MetricWriter::flushIfDue() {
    if (!m_pending.empty() &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_lastFlush).count() >=
            m_maxDelaySeconds)
        flush();
}

// ---- writer heartbeat ----------------------------------------------------------------------

struct WriterHeartbeat::Impl {
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread thread;
};

WriterHeartbeat::WriterHeartbeat(const std::string &storePath, std::int64_t runId)
    : m(std::make_unique<Impl>()) {
    auto store = std::make_shared<RunStore>(storePath);  // opened here: a bad store throws now
    m->thread = std::thread([impl = m.get(), store, runId] {
        std::unique_lock<std::mutex> lock(impl->mutex);
        const auto period = std::chrono::duration<double>(RunStore::kHeartbeatSeconds);
        while (!impl->wake.wait_for(lock, period, [impl] { return impl->stop; })) {
            try {
                store->heartbeat(runId);
            } catch (const std::exception &) {
                // A busy or vanished store: the next beat tries again; readers see the run as
                // interrupted only after kWriterTimeoutSeconds without one.
            }
        }
    });
}

WriterHeartbeat::~WriterHeartbeat() {
    {
        const std::lock_guard<std::mutex> lock(m->mutex);
        m->stop = true;
    }
    m->wake.notify_all();
    m->thread.join();
}

}  // namespace dbw
