#pragma once

#include "store/runstore.h"

#include <QFileInfo>
#include <QString>

#include <memory>

// Whether a run store changed since the last look, from PRAGMA data_version on a connection kept
// open (it moves whenever another connection commits: a trainer, dbw, this window's own writes),
// so the views that refresh every second skip their queries while nothing happens.
class StoreWatch {
public:
    // True the first time, after reset() or a change of path, and after any commit.
    bool changed(const QString &path) {
        if (path != m_path || !m_store) {
            m_path = path;
            m_store.reset();
            m_version = -1;
            if (QFileInfo::exists(path)) {
                try {
                    m_store = std::make_unique<dbw::RunStore>(path.toStdString(),
                                                              dbw::RunStore::Mode::ReadOnly);
                    m_version = m_store->dataVersion();
                } catch (const std::exception &) {
                    m_store.reset();  // the reader reports the problem; look again next time
                }
            }
            return true;
        }
        try {
            const std::int64_t version = m_store->dataVersion();
            if (version == m_version)
                return false;
            m_version = version;
        } catch (const std::exception &) {
            m_store.reset();
        }
        return true;
    }
    void reset() { m_store.reset(); }

private:
    QString m_path;
    std::unique_ptr<dbw::RunStore> m_store;
    std::int64_t m_version = -1;
};
