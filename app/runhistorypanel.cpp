#include "runhistorypanel.h"

#include "exportfiles.h"
#include "runfilterproxy.h"
#include "runlistmodel.h"

#include "store/runstore.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace {

const QDate kAnyDate(2000, 1, 1);  // the date edits' "any" (their minimum)

}  // namespace

RunHistoryPanel::RunHistoryPanel(RunListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new RunFilterProxy(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("runFilter"));
    m_text->setClearButtonEnabled(true);
    bar->addWidget(m_text, 1);
    m_filtersButton = new QToolButton(this);
    m_filtersButton->setObjectName(QStringLiteral("runFiltersButton"));
    m_filtersButton->setCheckable(true);
    bar->addWidget(m_filtersButton);
    layout->addLayout(bar);
    m_texts.add([this] {
        m_text->setPlaceholderText(tr("Filter runs"));
        m_filtersButton->setText(tr("Filters"));
    });
    m_filters = createFilters();
    m_filters->setVisible(false);
    layout->addWidget(m_filters);
    connect(m_filtersButton, &QToolButton::toggled, m_filters, &QWidget::setVisible);

    m_proxy->setSourceModel(model);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &RunFilterProxy::setText);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const int hidden : {RunListModel::Notes, RunListModel::Preset, RunListModel::TimeDesign})
        m_view->setColumnHidden(hidden, true);
    layout->addWidget(m_view, 1);

    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RunHistoryPanel::showHeaderMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &RunHistoryPanel::showRunMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT currentRunChanged(current.data(RunListModel::RunIdRole).toLongLong());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedRuns()); });
    connect(model, &QAbstractItemModel::modelReset, this, &RunHistoryPanel::updateFilterChoices);
    // A run added or deleted (here or by dbw elsewhere) resets the model: keep the user's
    // current run and selection by id (the proxy has re-read the source when this runs).
    // The run at the top of the view stays there too, so a run added above it does not push the
    // one being looked at down.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptCurrent = currentRun();
        m_keptSelection = selectedRuns();
        const QModelIndex top = m_view->indexAt(QPoint(1, 1));
        m_keptTop = top.isValid() && m_view->verticalScrollBar()->value() > 0
                        ? top.data(RunListModel::RunIdRole).toLongLong()
                        : 0;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptCurrent);
        const QModelIndex current =
            row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        selectRuns(m_keptSelection);
        if (const int topRow = m_model->rowOf(m_keptTop); topRow >= 0)
            m_view->scrollTo(m_proxy->mapFromSource(m_model->index(topRow, 0)),
                             QAbstractItemView::PositionAtTop);
        fitColumns();
    });
    connect(model, &QAbstractItemModel::columnsInserted, this, &RunHistoryPanel::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int column = from.column(); column <= to.column(); ++column)
                    fitColumn(column);
            });
    // A column the user sized keeps its width; the others follow their content.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting)
            m_userSized.insert(column);
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &RunHistoryPanel::updateFilterChoices);
    connect(model, &RunListModel::storeError, this, &RunHistoryPanel::errorOccurred);
    fitColumns();
}

void RunHistoryPanel::fitColumn(int column) {
    if (m_userSized.contains(column) || m_view->isColumnHidden(column))
        return;
    constexpr int kWidest =
        240;  // a long name or tag list elides rather than pushing the rest out of view
    m_fitting = true;
    m_view->resizeColumnToContents(column);  // the widest of the header and the cells
    if (m_view->columnWidth(column) > kWidest)
        m_view->setColumnWidth(column, kWidest);
    m_fitting = false;
}

void RunHistoryPanel::fitColumns() {
    for (int column = 0; column < m_model->columnCount(); ++column)
        fitColumn(column);
}

void RunHistoryPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

QWidget *RunHistoryPanel::createFilters() {
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("runFilters"));
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const char *names[] = {"filter:tag", "filter:status", "filter:preset", "filter:schedule",
                           "filter:time_design"};
    for (int field = 0; field < RunFilterProxy::FieldCount; ++field) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QLatin1String(names[field]));
        combo->addItem(QString(), QString());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field] {
            m_proxy->setField(static_cast<RunFilterProxy::Field>(field),
                              combo->currentData().toString());
        });
        m_fieldBoxes.append(combo);
        form->addRow(QString(), combo);
    }
    auto dateEdit = [box](const char *name) {
        auto *edit = new QDateEdit(box);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit("filter:from");
    m_to = dateEdit("filter:to");
    auto applyDates = [this] {
        m_proxy->setDateRange(m_from->date() == kAnyDate ? QDate() : m_from->date(),
                              m_to->date() == kAnyDate ? QDate() : m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, applyDates);
    form->addRow(QString(), m_from);
    form->addRow(QString(), m_to);
    m_archived = new QCheckBox(box);
    m_archived->setObjectName(QStringLiteral("filter:archived"));
    connect(m_archived, &QCheckBox::toggled, m_proxy, &RunFilterProxy::setShowArchived);
    form->addRow(m_archived);
    m_texts.add([this, form] {
        const QString labels[] = {tr("Tag"), tr("Status"), tr("Preset"), tr("Schedule"),
                                  tr("Time design")};
        auto label = [form](QWidget *field, const QString &text) {
            if (auto *name = qobject_cast<QLabel *>(form->labelForField(field)))
                name->setText(text);
        };
        for (int field = 0; field < m_fieldBoxes.size(); ++field) {
            m_fieldBoxes[field]->setItemText(0, tr("any"));
            label(m_fieldBoxes[field], labels[field]);
        }
        for (QDateEdit *edit : {m_from, m_to})
            edit->setSpecialValueText(tr("any"));
        label(m_from, tr("Created from"));
        label(m_to, tr("Created to"));
        m_archived->setText(tr("Show archived runs"));
    });
    return box;
}

void RunHistoryPanel::updateFilterChoices() {
    for (int field = 0; field < m_fieldBoxes.size(); ++field) {
        QComboBox *combo = m_fieldBoxes[field];
        const QStringList values = m_proxy->values(static_cast<RunFilterProxy::Field>(field));
        QStringList current;
        for (int i = 1; i < combo->count(); ++i)
            current.append(combo->itemData(i).toString());
        if (current == values)
            continue;  // unchanged: leave an open popup alone
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : values)
            combo->addItem(value, value);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        if (index < 0 && !chosen.isEmpty())
            m_proxy->setField(static_cast<RunFilterProxy::Field>(field), QString());
    }
}

qint64 RunHistoryPanel::currentRun() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RunListModel::RunIdRole).toLongLong() : 0;
}

QVector<qint64> RunHistoryPanel::selectedRuns() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(RunListModel::RunIdRole).toLongLong());
    return ids;
}

void RunHistoryPanel::selectRun(qint64 runId) {
    const int row = m_model->rowOf(runId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void RunHistoryPanel::selectRuns(const QVector<qint64> &runIds) {
    QItemSelection selection;
    for (const qint64 id : runIds) {
        const int row = m_model->rowOf(id);
        const QModelIndex index =
            row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RunHistoryPanel::selectNewestIfNone() {
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));  // the newest run, as sorted
}

void RunHistoryPanel::showHeaderMenu(const QPoint &position) {
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < RunListModel::FixedColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != RunListModel::Name);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
    }
    menu.addSeparator();
    QVector<RunListModel::MetricColumn> columns = m_model->metricColumns();
    QMenu *add = menu.addMenu(tr("Add Metric Column"));
    for (const RunListModel::MetricColumn &column : m_model->offeredMetricColumns()) {
        if (columns.contains(column))
            continue;
        add->addAction(
            column.best ? tr("%1 (best)").arg(column.metric) : tr("%1 (last)").arg(column.metric),
            this, [this, column] {
                auto now = m_model->metricColumns();
                now.append(column);
                m_model->setMetricColumns(now);
            });
    }
    add->setEnabled(!add->isEmpty());
    const int clicked = header->logicalIndexAt(position);
    if (clicked >= RunListModel::FixedColumnCount) {
        menu.addAction(tr("Remove This Metric Column"), this, [this, clicked] {
            auto now = m_model->metricColumns();
            now.remove(clicked - RunListModel::FixedColumnCount);
            m_model->setMetricColumns(now);
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void RunHistoryPanel::showRunMenu(const QPoint &position) {
    const QVector<qint64> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Compare %n Run(s)", nullptr, runs.size()), this,
                   &RunHistoryPanel::compareRequested);
    menu.addSeparator();
    bool anyArchived = false;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        anyArchived = anyArchived || row.data(RunListModel::ArchivedRole).toBool();
    menu.addAction(anyArchived ? tr("Unarchive") : tr("Archive"), this, [this, runs, anyArchived] {
        if (const QString error = setArchived(runs, !anyArchived); !error.isEmpty())
            Q_EMIT errorOccurred(error);
    });
    menu.addAction(tr("Delete…"), this, &RunHistoryPanel::confirmDelete);
    menu.addSeparator();
    QAction *exportAction = menu.addAction(tr("Export Config (JSON)…"), this, [this] {
        const qint64 run = currentRun();
        const int row = m_model->rowOf(run);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Config"),
            sanitisedFileName(m_model->rows().value(row).name) + QStringLiteral("-config.json"),
            tr("Configs (*.json)"));
        if (!path.isEmpty())
            if (const QString error = exportConfig(run, path); !error.isEmpty())
                Q_EMIT errorOccurred(error);
    });
    exportAction->setEnabled(currentRun() != 0);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QString RunHistoryPanel::setArchived(const QVector<qint64> &runIds, bool archived) {
    try {
        dbw::RunStore store(m_model->storePath().toStdString());
        for (const qint64 id : runIds)
            store.setArchived(id, archived);
    } catch (const std::exception &error) {
        return tr("Could not change the run store: %1").arg(QString::fromStdString(error.what()));
    }
    Q_EMIT runsChanged();
    return {};
}

QString RunHistoryPanel::runFolder(const QString &storePath, qint64 runId) {
    const dbw::RunStore store(storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
    for (const dbw::CheckpointRecord &checkpoint : store.checkpoints(runId)) {
        // RUN/checkpoints/step-N: the run folder holds the checkpoints folder and config.json.
        const QDir folder = QFileInfo(QString::fromStdString(checkpoint.path)).dir();
        QDir run = folder;
        if (folder.dirName() == QStringLiteral("checkpoints") && run.cdUp() &&
            QFileInfo::exists(run.filePath(QStringLiteral("config.json"))))
            return run.absolutePath();
    }
    return {};
}

QString RunHistoryPanel::deleteRuns(const QVector<qint64> &runIds, bool withFiles) {
    if (runIds.contains(m_activeRun) && m_activeRun != 0)
        return tr("A run that is training cannot be deleted; stop it first.");
    try {
        // A run another process (dbw, another window) is writing is refused before anything is
        // deleted; the store refuses it too, inside its transaction, should one start meanwhile.
        {
            const dbw::RunStore store(m_model->storePath().toStdString(),
                                      dbw::RunStore::Mode::ReadOnly);
            for (const qint64 id : runIds)
                if (const auto run = store.run(id); run && run->live())
                    return tr("Run %1 '%2' is being written by process %3 on %4; stop it first. "
                              "Nothing was deleted.")
                        .arg(run->id)
                        .arg(QString::fromStdString(run->name))
                        .arg(run->writerPid)
                        .arg(QString::fromStdString(run->writerHost));
        }
        QStringList folders;
        if (withFiles) {
            const dbw::RunStore store(m_model->storePath().toStdString(),
                                      dbw::RunStore::Mode::ReadOnly);
            for (const qint64 id : runIds) {
                const QString folder = runFolder(m_model->storePath(), id);
                if (folder.isEmpty())
                    continue;
                // Runs resumed by versions before schema 4 wrote into their parent's folder: keep a
                // folder another run still uses.
                for (const dbw::RunRecord &other : store.listRuns())
                    if (!runIds.contains(other.id) &&
                        runFolder(m_model->storePath(), other.id) == folder)
                        return tr("%1 also holds the checkpoints of run %2; delete that run too, "
                                  "or keep the files.")
                            .arg(QDir::toNativeSeparators(folder),
                                 QString::fromStdString(other.name));
                folders.append(folder);
            }
        }
        {
            dbw::RunStore store(m_model->storePath().toStdString());
            for (const qint64 id : runIds)
                store.deleteRun(id);
        }
        QStringList failed;
        for (const QString &folder : folders)
            if (!QDir(folder).removeRecursively())
                failed.append(QDir::toNativeSeparators(folder));
        Q_EMIT runsChanged();
        if (!failed.isEmpty())
            return tr("The runs were deleted from the store, but these folders could not be "
                      "removed: %1")
                .arg(failed.join(QStringLiteral(", ")));
    } catch (const std::exception &error) {
        return tr("Could not delete: %1").arg(QString::fromStdString(error.what()));
    }
    return {};
}

void RunHistoryPanel::confirmDelete() {
    const QVector<qint64> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    QStringList names, folders;
    for (const qint64 id : runs) {
        names.append(m_model->rows().value(m_model->rowOf(id)).name);
        try {
            if (const QString folder = runFolder(m_model->storePath(), id); !folder.isEmpty())
                folders.append(QDir::toNativeSeparators(folder));
        } catch (const std::exception &) {
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Runs"),
                    tr("Delete %n run(s) from the run store: %1?\nTheir metrics, samples, "
                       "evaluations and trajectories are removed; "
                       "this cannot be undone.",
                       nullptr, runs.size())
                        .arg(names.join(QStringLiteral(", "))),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    auto *files = new QCheckBox(
        tr("Also delete the run folders on disk (%1)")
            .arg(folders.isEmpty() ? tr("none known") : folders.join(QStringLiteral(", "))),
        &box);
    files->setEnabled(!folders.isEmpty());
    box.setCheckBox(files);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    if (const QString error = deleteRuns(runs, files->isChecked()); !error.isEmpty())
        Q_EMIT errorOccurred(error);
}

QString RunHistoryPanel::exportConfig(qint64 runId, const QString &path) const {
    try {
        const dbw::RunStore store(m_model->storePath().toStdString(),
                                  dbw::RunStore::Mode::ReadOnly);
        const auto run = store.run(runId);
        if (!run)
            return tr("The run is no longer in the store.");
        return writeExportFile(
            path, QByteArray::fromStdString(nlohmann::json::parse(run->configJson).dump(2) + "\n"));
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
}
